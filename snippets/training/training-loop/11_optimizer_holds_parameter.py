# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:476


import torch
from torch import nn

model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
before = [p.detach().clone() for p in model.parameters()]
optimizer.step()
assert all(
    torch.equal(p, b)
    for p, b in zip(model.parameters(), before, strict=True)
)
