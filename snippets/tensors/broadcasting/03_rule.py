# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:146


import torch

assert (torch.ones(4) + torch.ones(2, 3, 4)).shape == (2, 3, 4)
assert torch.broadcast_shapes((1,), (7, 6, 5, 1)) == (7, 6, 5, 1)
assert (torch.ones(0, 3) + torch.ones(1, 3)).shape == (
    0,
    3,
)  # 0, not max(0, 1)
