# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:476


import torch

batch_of_matrices = torch.ones(2, 1, 3, 4)
weights = torch.ones(5, 4, 6)

print((batch_of_matrices @ weights).shape)  # batch (2, 1) with (5,) -> (2, 5)
