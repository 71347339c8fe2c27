# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/models.md:225


import torch
from torch import nn

model = nn.Module()
model.register_buffer("mean", torch.zeros(3))
model.register_buffer("count", torch.zeros((), dtype=torch.long))
model.to(torch.float64)
assert model.mean.dtype == torch.float64
assert model.count.dtype == torch.long
