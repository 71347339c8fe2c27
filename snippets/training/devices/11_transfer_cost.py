# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:291
# writes: transfer-cost.svg


import os
import platform
import re
import resource
import statistics
import time
from pathlib import Path

import torch
from matplotlib.figure import Figure

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
accelerated = torch.accelerator.is_available()
numel = 16 * 2**20  # 64 MiB of float32

cpuinfo = Path("/proc/cpuinfo")
found = (
    re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
    if cpuinfo.exists()
    else None
)
cpu = found[1] if found else platform.processor() or platform.machine()
print(
    f"machine: {cpu}, {os.cpu_count()} CPU cores, device {device}, "
    f"torch {torch.__version__}"
)


def sync():
    if accelerated:
        torch.accelerator.synchronize()


def one_call(fn):
    """Wall seconds, CPU seconds and page faults of one call."""
    sync()
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    fn()
    sync()  # (1)!
    wall = time.perf_counter() - wall_start
    cpu_s = time.process_time() - cpu_start
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults
    return wall, cpu_s, faults


x = torch.randn(numel)
y = torch.empty(numel)
y.zero_()  # (2)!
candidates = {
    "x.clone(): new memory": lambda: x.clone(),
    "y.copy_(x): touched memory": lambda: y.copy_(x),
    "torch.zeros(n): new memory": lambda: torch.zeros(numel),
    "y.zero_(): touched memory": lambda: y.zero_(),
}
if accelerated:
    pinned = x.pin_memory()
    candidates |= {
        "x.to(device)": lambda: x.to(device),
        "pinned x.to(device)": lambda: pinned.to(device),
        "torch.zeros(n, device=device)": lambda: torch.zeros(
            numel, device=device
        ),
        "torch.zeros(n).to(device)": lambda: torch.zeros(numel).to(
            device
        ),
    }
for fn in candidates.values():
    for _ in range(2):
        fn()
calls = {name: [] for name in candidates}
for round_ in range(7):  # (3)!
    order = list(candidates)[:: 1 if round_ % 2 == 0 else -1]
    for name in order:
        calls[name] += [one_call(candidates[name]) for _ in range(3)]

pages = x.nbytes / resource.getpagesize()
results = {}
for name, measured in calls.items():
    wall_ms, cpu_ms, faults = (
        [1e3 * t for t in column] if i < 2 else list(column)
        for i, column in enumerate(zip(*measured, strict=True))
    )
    results[name] = (
        statistics.median(wall_ms),
        min(wall_ms),
        max(wall_ms),
        statistics.median(cpu_ms),
        statistics.mean(faults),
    )
    median, low, high, cpu_median, per_call = results[name]
    print(
        f"{name:30} wall {median:7.3f} ms ({low:.3f} to {high:.3f}), "
        f"CPU {cpu_median:7.3f} ms, {per_call:5.0f} page faults per "
        "call"
    )
if not accelerated:
    print("host-to-device copies: not measured (no accelerator)")

for touched in (
    "y.copy_(x): touched memory",
    "y.zero_(): touched memory",
):
    assert results[touched][4] < pages / 100  # (4)!
for new in ("x.clone(): new memory", "torch.zeros(n): new memory"):
    assert results[new][4] > 10 * max(
        results["y.copy_(x): touched memory"][4], 1
    )  # (5)!

fig = Figure(figsize=(7, 3.0))
ax = fig.subplots()
labels = [
    f"{name} ({r[4]:.0f} faults/call)" for name, r in results.items()
]
medians = [r[0] for r in results.values()]
below = [r[0] - r[1] for r in results.values()]
above = [r[2] - r[0] for r in results.values()]
ax.barh(
    labels,
    medians,
    xerr=[below, above],
    color=[
        "#9e9e9e" if "touched" in name else "#e65100"
        for name in results
    ],
    ecolor="#616161",
    capsize=3,
)
ax.invert_yaxis()
ax.set_xlim(0, max(r[2] for r in results.values()) * 1.15)
label = (
    "milliseconds of wall time for 64 MiB: median, whiskers min to max"
)
if not accelerated:
    label += "\nno accelerator: host-to-device transfers not measured"
ax.set_xlabel(label)
ax.set_title(
    f"{cpu}, {os.cpu_count()} cores, {device}, torch "
    f"{torch.__version__}",
    fontsize=9,
)
fig.tight_layout()
fig.savefig("transfer-cost.svg")
