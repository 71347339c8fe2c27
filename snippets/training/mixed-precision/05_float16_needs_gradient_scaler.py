# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:425


import torch
from torch import nn

scaler = torch.amp.GradScaler("cpu")
weight = nn.Parameter(torch.tensor([1.0]))
optimizer = torch.optim.SGD([weight], lr=0.1)

loss = (weight * 2).sum()
scaler.scale(loss).backward()
print("scaled grad:", weight.grad.item())
scaler.step(optimizer)  # (1)!
scaler.update()
print(
    f"after a good step: weight {weight.item():.2f}, scale "
    f"{scaler.get_scale():.0f}"
)

optimizer.zero_grad()
loss = (weight * float("inf")).sum()
scaler.scale(loss).backward()
scaler.step(optimizer)  # (2)!
scaler.update()
print(
    f"after an inf grad: weight {weight.item():.2f}, scale "
    f"{scaler.get_scale():.0f}"
)
