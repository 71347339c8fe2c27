# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:280


import torch
from torch import nn

model = nn.Module()
model.register_buffer("mean", torch.zeros(3))
model.register_buffer("count", torch.zeros((), dtype=torch.long))
model.to(torch.float64)
assert model.mean.dtype == torch.float64
assert model.count.dtype == torch.long

model.to("meta")
model.register_buffer("late", torch.zeros(3))
assert model.mean.is_meta and model.late.device.type == "cpu"  # (1)!
model.to("meta")
assert model.late.is_meta
