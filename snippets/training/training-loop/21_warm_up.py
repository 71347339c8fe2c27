# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:975
# since: torch=2.10


import math

import torch
from torch.optim.lr_scheduler import (
    CosineAnnealingLR,
    LinearLR,
    OneCycleLR,
    SequentialLR,
)

parameter = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([parameter], lr=0.1)
warmup, total = 3, 10
scheduler = SequentialLR(
    optimizer,
    [
        LinearLR(
            optimizer, start_factor=0.1, total_iters=warmup
        ),  # (1)!
        CosineAnnealingLR(optimizer, T_max=total - warmup),
    ],
    milestones=[warmup],
)
rates = []
for _ in range(total):
    rates.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
print(" ".join(f"{rate:.3f}" for rate in rates))
assert rates.index(max(rates)) == warmup

optimizer = torch.optim.SGD([parameter], lr=0.1)
one_cycle = OneCycleLR(
    optimizer, max_lr=0.1, total_steps=total, pct_start=0.3
)  # (2)!
rates, momenta = [], []
for _ in range(total):
    rates.append(one_cycle.get_last_lr()[0])
    momenta.append(optimizer.param_groups[0]["momentum"])  # (3)!
    optimizer.step()
    one_cycle.step()
assert math.isclose(rates[0], 0.1 / 25)
assert math.isclose(max(rates), 0.1)
assert rates.index(max(rates)) == 2  # (4)!
assert math.isclose(max(momenta), 0.95)
assert math.isclose(min(momenta), 0.85)
