# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1047


import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(10, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(32, 10), 100 * torch.randn(32, 1)  # (1)!

nn.functional.mse_loss(model(x), y).backward()
raw = [p.grad.clone() for p in model.parameters()]
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
optimizer.step()

clipped = torch.linalg.vector_norm(
    torch.cat([p.grad.flatten() for p in model.parameters()])
)
print(f"total norm before: {norm:.1f}, after: {clipped:.4f}")
for before, p in zip(raw, model.parameters(), strict=True):
    assert torch.allclose(p.grad * norm, before, rtol=1e-4)  # (2)!
