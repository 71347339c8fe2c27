# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:698


import math

import torch
from torch.optim import SGD
from torch.optim.lr_scheduler import (
    CosineAnnealingLR,
    ExponentialLR,
    LambdaLR,
    StepLR,
)


def fresh_optimizer():
    return SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)


def closed_form(t, t_max=10, lr0=0.1):
    return lr0 * (1 + math.cos(math.pi * t / t_max)) / 2


optimizer = fresh_optimizer()
cosine = CosineAnnealingLR(optimizer, T_max=10)
for t in range(1, 25):
    optimizer.step()
    cosine.step()
    assert math.isclose(
        cosine.get_last_lr()[0], closed_form(t), abs_tol=1e-12
    )

schedulers = {
    "cosine": lambda o: CosineAnnealingLR(o, T_max=10),
    "lambda": lambda o: LambdaLR(o, lambda t: closed_form(t) / 0.1),
}
for name, make in schedulers.items():
    optimizer = fresh_optimizer()
    scheduler = make(optimizer)
    for _ in range(3):
        optimizer.step()
        scheduler.step()
    optimizer.param_groups[0]["lr"] /= 2  # (1)!
    optimizer.step()
    scheduler.step()
    print(
        f"{name}: lr {scheduler.get_last_lr()[0]:.4f}, closed form "
        f"{closed_form(4):.4f}"
    )

optimizer = fresh_optimizer()
exponential = ExponentialLR(optimizer, gamma=0.9)
step = StepLR(optimizer, step_size=2, gamma=0.1)
for _ in range(2):
    optimizer.step()
    exponential.step()
    step.step()
assert math.isclose(
    optimizer.param_groups[0]["lr"], 0.1 * 0.9**2 * 0.1
)  # (2)!
