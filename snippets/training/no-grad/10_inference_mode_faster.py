# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:392
# timeout: 300
# devices: cpu
# writes: inference-mode-timings.svg


import os
import platform
import re
import statistics
import textwrap
import time
from pathlib import Path

import numpy as np
import torch
from matplotlib.figure import Figure
from torch import nn
from torch.utils import benchmark

cpuinfo = Path("/proc/cpuinfo")
found = (
    re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
    if cpuinfo.exists()
    else None
)
cpu = found[1] if found else platform.processor() or platform.machine()
print(
    f"machine: {cpu}, {os.cpu_count()} CPU cores, torch "
    f"{torch.__version__}, 1 thread"
)


def mlp(width, layers):
    return nn.Sequential(
        *[
            m
            for _ in range(layers)
            for m in (nn.Linear(width, width), nn.ReLU())
        ]
    )


torch.manual_seed(0)
forwards = "for _ in range(10):\n    model(x)"
split = "out = x + 0\nrows = list(out)"  # (1)!
workloads = {  # statement, model, input, what one unit is
    "small MLP (4 x 64 wide), batch 8": (
        forwards,
        mlp(64, 4),
        torch.randn(8, 64),
        (10, "forward"),
    ),
    "wider MLP (2 x 256 wide), batch 64": (
        forwards,
        mlp(256, 2),
        torch.randn(64, 256),
        (10, "forward"),
    ),
    "split into 1,000 rows": (
        split,
        None,
        torch.randn(1000, 8),
        (1, "split"),
    ),
}
modes = ("enable_grad", "no_grad", "inference_mode")
runs = {(work, mode): [] for work in workloads for mode in modes}
for _ in range(7):
    for work, (statement, model, x, _) in workloads.items():
        for mode in modes:
            timer = benchmark.Timer(
                f"with torch.{mode}():\n"
                + textwrap.indent(statement, "    "),
                globals={"torch": torch, "model": model, "x": x},
                timer=time.thread_time,
            )
            timer.timeit(3)  # (2)!
            runs[work, mode].append(
                timer.blocked_autorange(min_run_time=0.1)
            )

quartiles, ratios = {}, {}
for work, (*_, (count, unit)) in workloads.items():
    print(work)
    for mode in modes:
        merged = benchmark.Measurement.merge(runs[work, mode])[
            0
        ]  # (3)!
        per_unit = [t / count * 1e6 for t in merged.times]
        quartiles[work, mode] = statistics.quantiles(per_unit, n=4)
        low, median, high = quartiles[work, mode]
        print(
            f"  {mode:14} {median:6.1f} us per {unit} (IQR {low:.1f} "
            f"to {high:.1f})"
        )
    for new, old in (
        ("no_grad", "enable_grad"),
        ("inference_mode", "no_grad"),
    ):
        pairs = zip(runs[work, new], runs[work, old], strict=True)
        ratios[work, new] = [n.median / o.median for n, o in pairs]
        r = ratios[work, new]
        print(
            f"  {new} / {old} per round: median "
            f"{statistics.median(r):.2f}, {min(r):.2f} to {max(r):.2f}"
        )

x = torch.randn(1000, 8)
with torch.no_grad():
    out = x + 0
    assert all(row._base is out for row in list(out))  # (4)!
with torch.inference_mode():
    out = x + 0
    assert all(row._base is None for row in list(out))

for work in (
    "small MLP (4 x 64 wide), batch 8",
    "wider MLP (2 x 256 wide), batch 64",
):
    r = ratios[work, "no_grad"]
    assert statistics.median(r) < 1 and max(r) < 1.2  # (5)!
r = ratios["split into 1,000 rows", "inference_mode"]
assert statistics.median(r) < 1 and max(r) < 1.2  # (6)!

fig = Figure(figsize=(6, 6.2), layout="constrained")
for ax, (work, (*_, (_, unit))) in zip(
    fig.subplots(len(workloads), 1), workloads.items(), strict=True
):
    q = np.array(
        [quartiles[work, mode] for mode in modes]
    )  # columns: 25 %, median, 75 %
    spread = [q[:, 1] - q[:, 0], q[:, 2] - q[:, 1]]
    ax.barh(
        modes,
        q[:, 1],
        xerr=spread,
        color=["#bdbdbd", "#ffb74d", "#e65100"],
        capsize=4,
    )
    ax.invert_yaxis()
    ax.set_title(work, fontsize=10)
    ax.set_xlim(left=0)
    ax.set_xlabel(f"microseconds of CPU time per {unit} (median, IQR)")
fig.savefig("inference-mode-timings.svg")
