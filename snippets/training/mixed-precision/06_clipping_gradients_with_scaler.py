# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:474


import torch
from torch import nn


def step(scaler, unscale_first):
    weight = nn.Parameter(torch.tensor([1.0, 1.0]))
    optimizer = torch.optim.SGD([weight], lr=0.1)
    loss = (
        weight * torch.tensor([3.0, 4.0])
    ).sum()  # gradient [3, 4], norm 5
    scaler.scale(loss).backward()
    if unscale_first:
        scaler.unscale_(optimizer)  # (1)!
    nn.utils.clip_grad_norm_(weight, max_norm=1.0)
    scaler.step(optimizer)
    scaler.update()
    return weight.detach()


expected = step(
    torch.amp.GradScaler("cpu", enabled=False), unscale_first=False
)
assert torch.allclose(expected, torch.tensor([0.94, 0.92]))  # (2)!
assert torch.allclose(
    step(torch.amp.GradScaler("cpu"), unscale_first=True), expected
)
wrong = step(torch.amp.GradScaler("cpu"), unscale_first=False)
assert torch.allclose(wrong, torch.ones(2), atol=1e-5)  # (3)!
