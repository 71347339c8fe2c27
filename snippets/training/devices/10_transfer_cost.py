# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:265
# writes: transfer-cost.svg


import os
import platform
import re
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


def time_ms(fn, warmup=2, repeats=15):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        sync()
        start = time.perf_counter()
        fn()
        sync()  # (1)!
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times), min(times), max(times)


x = torch.randn(numel)
candidates = {
    "x.clone() in host memory": lambda: x.clone(),
    "torch.zeros(n) on the CPU": lambda: torch.zeros(numel),
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
results = {name: time_ms(fn) for name, fn in candidates.items()}
for name, (median, low, high) in results.items():
    print(
        f"{name:30} median {median:.3f} ms (min {low:.3f}, max "
        f"{high:.3f})"
    )
if not accelerated:
    print("host-to-device copies: not measured (no accelerator)")

fig = Figure(figsize=(7, 2.6))
ax = fig.subplots()
medians = [median for median, _, _ in results.values()]
below = [median - low for median, low, _ in results.values()]
above = [high - median for median, _, high in results.values()]
ax.barh(
    list(results),
    medians,
    xerr=[below, above],
    color="#e65100",
    ecolor="#616161",
    capsize=3,
)
ax.invert_yaxis()
ax.set_xlim(0, max(high for _, _, high in results.values()) * 1.15)
label = "milliseconds for 64 MiB: median, whiskers min to max"
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
