# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/training-loop.md:534


import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model.weight.detach().clone()

model(torch.randn(16, 4)).sum().backward()
optimizer.zero_grad()
optimizer.step()
assert torch.equal(model.weight, before)
