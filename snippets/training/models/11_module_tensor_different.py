# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:440


import torch
from torch import nn

model = nn.Linear(2, 2)
returned = model.to(torch.float64)
assert returned is model
assert model.weight.dtype == torch.float64

x = torch.ones(2)
y = x.to(torch.float64)
assert y is not x
assert x.dtype == torch.float32  # (1)!
assert x.to(torch.float32) is x  # (2)!
