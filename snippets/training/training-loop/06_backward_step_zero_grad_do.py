# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:273


import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
assert optimizer.param_groups[0]["params"][0] is model.weight  # (1)!
assert model.weight.grad is None

loss = nn.functional.mse_loss(model(x), y)
before = model.weight.detach().clone()
loss.backward()  # (2)!
assert torch.equal(model.weight, before)
grad = model.weight.grad.clone()

optimizer.step()  # (3)!
assert torch.allclose(model.weight, before - 0.1 * grad)
assert torch.equal(model.weight.grad, grad)

optimizer.zero_grad()  # (4)!
assert model.weight.grad is None
