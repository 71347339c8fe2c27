# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:908
# writes: cosine-schedule.svg


import math

import torch
from matplotlib.figure import Figure
from torch.optim.lr_scheduler import CosineAnnealingLR

optimizer = torch.optim.SGD(
    [torch.nn.Parameter(torch.zeros(1))], lr=0.1
)
scheduler = CosineAnnealingLR(optimizer, T_max=50, eta_min=0.01)
steps = range(101)
rates = []
for _ in steps:
    rates.append(scheduler.get_last_lr()[0])
    optimizer.step()
    scheduler.step()
closed = [
    0.01 + 0.5 * (0.1 - 0.01) * (1 + math.cos(math.pi * t / 50))
    for t in steps
]
assert (
    max(abs(r - c) for r, c in zip(rates, closed, strict=True)) < 1e-12
)

fig = Figure(figsize=(6, 3))
ax = fig.subplots()
ax.plot(
    steps,
    rates,
    color="#e65100",
    linewidth=2,
    label="CosineAnnealingLR (recursive)",
)
ax.plot(
    steps,
    closed,
    color="black",
    linestyle=":",
    label="closed-form cosine",
)
ax.axvline(50, color="grey", linewidth=0.8)
ax.text(52, 0.06, "T_max = 50", color="grey")
ax.set_xlabel("scheduler.step() calls")
ax.set_ylabel("learning rate")
ax.legend(
    loc="lower center",
    bbox_to_anchor=(0.5, 1.0),
    ncols=2,
    frameon=False,
)  # (1)!
fig.tight_layout()
fig.savefig("cosine-schedule.svg")
