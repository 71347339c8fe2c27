# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:371
# timeout: 300
# devices: cpu
# writes: inference-mode-timings.svg


import os
import platform
import re
import statistics
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
workloads = {
    "small MLP (4 x 64 wide), batch 8": (
        mlp(64, 4),
        torch.randn(8, 64),
    ),
    "wider MLP (2 x 256 wide), batch 64": (
        mlp(256, 2),
        torch.randn(64, 256),
    ),
}
modes = ("enable_grad", "no_grad", "inference_mode")
forwards = 10
runs = {(work, mode): [] for work in workloads for mode in modes}
for _ in range(5):
    for work, (model, x) in workloads.items():
        for mode in modes:
            timer = benchmark.Timer(
                f"with torch.{mode}():\n"
                f"    for _ in range({forwards}):\n"
                "        model(x)",
                globals={"torch": torch, "model": model, "x": x},
                timer=time.thread_time,
            )
            timer.timeit(3)  # (1)!
            runs[work, mode].append(
                timer.blocked_autorange(min_run_time=0.1)
            )

quartiles = {}
for work in workloads:
    print(work)
    for mode in modes:
        merged = benchmark.Measurement.merge(runs[work, mode])[
            0
        ]  # (2)!
        per_forward = [t / forwards * 1e6 for t in merged.times]
        quartiles[work, mode] = statistics.quantiles(per_forward, n=4)
        low, median, high = quartiles[work, mode]
        print(
            f"  {mode:14} {median:6.1f} us per forward (IQR {low:.1f} "
            f"to {high:.1f})"
        )
    for new, old in (
        ("no_grad", "enable_grad"),
        ("inference_mode", "no_grad"),
    ):
        pairs = zip(runs[work, new], runs[work, old], strict=True)
        ratios = [n.median / o.median for n, o in pairs]
        print(
            f"  {new} / {old} per round: {min(ratios):.2f} to "
            f"{max(ratios):.2f}"
        )

fig = Figure(figsize=(6, 4.2), layout="constrained")
for ax, work in zip(
    fig.subplots(len(workloads), 1), workloads, strict=True
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
    ax.set_xlabel("microseconds of CPU time per forward (median, IQR)")
fig.savefig("inference-mode-timings.svg")
