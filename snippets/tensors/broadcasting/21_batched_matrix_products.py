# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:533


import torch

batch_of_matrices = torch.ones(2, 1, 3, 4)
weights = torch.ones(5, 4, 6)

print(
    (batch_of_matrices @ weights).shape
)  # batch (2, 1) with (5,) -> (2, 5)
