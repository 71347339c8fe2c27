# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:535


import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
model[0].requires_grad_(False)
model(torch.randn(2, 4)).sum().backward()
assert model[0].weight.grad is None and model[0].bias.grad is None
assert model[2].weight.grad is not None

late = nn.Linear(2, 1)
optimizer = torch.optim.AdamW(late.parameters(), lr=0.1)
late(torch.ones(1, 2)).sum().backward()
optimizer.step()  # one step of training before freezing
optimizer.zero_grad(set_to_none=False)  # zero tensors, not None
late.requires_grad_(False)
before = late.weight.clone()
optimizer.step()
assert not torch.equal(
    late.weight, before
)  # frozen, yet moved: momentum, decay
late.weight.grad = late.bias.grad = None
before = late.weight.clone()
optimizer.step()
assert torch.equal(
    late.weight, before
)  # skipped once its .grad is None
