# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:503


import inspect

import torch
from torch import nn

signature = inspect.signature(torch.optim.Optimizer.zero_grad)
assert signature.parameters["set_to_none"].default is True

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
outsider = torch.ones(
    2, requires_grad=True
)  # not given to the optimizer
(model(torch.randn(4, 2)).sum() + outsider.sum()).backward()
optimizer.step()

optimizer.zero_grad(set_to_none=False)
assert torch.equal(model.weight.grad, torch.zeros_like(model.weight))
before = model.weight.detach().clone()
optimizer.step()
assert not torch.equal(model.weight, before)  # (1)!

optimizer.zero_grad()
assert model.weight.grad is None
assert outsider.grad is not None
before = model.weight.detach().clone()
optimizer.step()
assert torch.equal(model.weight, before)
