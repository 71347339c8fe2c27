# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/no-grad.md:223
# writes: inference-mode-timings.svg


import statistics

import torch
from matplotlib.figure import Figure
from torch import nn
from torch.utils import benchmark

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10))
x = torch.randn(32, 256)
w = torch.randn(16, requires_grad=True)
workloads = {
    "small model": "model(x)",
    "tiny op": "w * 2 + 1",
    "tiny view": "w[2:10].view(2, 4)",
}
modes = {
    "grad": "torch.enable_grad()",
    "no_grad": "torch.no_grad()",
    "inference_mode": "torch.inference_mode()",
}
times = {(work, mode): [] for work in workloads for mode in modes}
for _ in range(5):
    for work, stmt in workloads.items():
        for mode, context in modes.items():
            timer = benchmark.Timer(
                f"with {context}:\n    {stmt}",
                globals={"torch": torch, "model": model, "x": x, "w": w},
            )
            times[work, mode].append(timer.blocked_autorange(min_run_time=0.15).median * 1e6)

for work in workloads:
    for mode in modes:
        runs = times[work, mode]
        median = statistics.median(runs)
        print(f"{work:11} {mode:14} {median:.2f} us (range {min(runs):.2f} to {max(runs):.2f})")
    inference, no_grad = times[work, "inference_mode"], times[work, "no_grad"]
    ratios = [i / n for i, n in zip(inference, no_grad, strict=True)]
    print(f"{work:11} inference_mode / no_grad per round: {min(ratios):.2f} to {max(ratios):.2f}")

fig = Figure(figsize=(8, 3))
for ax, work in zip(fig.subplots(1, len(workloads)), workloads, strict=True):
    medians = [statistics.median(times[work, mode]) for mode in modes]
    lows = [m - min(times[work, mode]) for m, mode in zip(medians, modes, strict=True)]
    highs = [max(times[work, mode]) - m for m, mode in zip(medians, modes, strict=True)]
    ax.bar(list(modes), medians, yerr=[lows, highs], color=["#bdbdbd", "#ffb74d", "#e65100"])
    ax.set_title(work)
    ax.set_ylabel("microseconds per call")
    ax.tick_params(axis="x", labelsize=8)
fig.tight_layout()
fig.savefig("inference-mode-timings.svg")
