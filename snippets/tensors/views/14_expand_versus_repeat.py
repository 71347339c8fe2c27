# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:486


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
assert not hasattr(torch, "expand")
assert A.expand_as(torch.empty(3, 2, 2, 2, 10, 1, 1)).shape == (
    3,
    2,
    2,
    2,
    10,
    1,
    1,
)
