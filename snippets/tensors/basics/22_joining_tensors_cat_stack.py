# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:754
# raises: RuntimeError


import torch

square, narrow = torch.ones(4, 4), torch.ones(4, 3)
assert torch.cat([square, narrow], dim=1).shape == (
    4,
    7,
)  # cat: only dim 1 differs
torch.stack([square, narrow])
