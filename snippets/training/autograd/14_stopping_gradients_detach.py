# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/autograd.md:463


import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
model[0].requires_grad_(False)
model(torch.randn(2, 4)).sum().backward()
assert model[0].weight.grad is None and model[0].bias.grad is None
assert model[2].weight.grad is not None
