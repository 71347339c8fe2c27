# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:590


import torch
from torch import nn

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = model.weight.detach().clone()

model(torch.randn(16, 4)).sum().backward()
optimizer.zero_grad()
optimizer.step()
assert torch.equal(model.weight, before)
