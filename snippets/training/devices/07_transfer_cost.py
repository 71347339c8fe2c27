# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:195
# writes: transfer-cost.svg


import statistics
import time

import torch
from matplotlib.figure import Figure

device = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else "cpu"
numel = 16 * 2**20  # 64 MiB of float32


def median_ms(fn, repeats=15):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        if torch.accelerator.is_available():
            torch.accelerator.synchronize()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


x = torch.randn(numel)
candidates = {
    "x.to(device)": lambda: x.to(device),
    "x.clone() in host memory": lambda: x.clone(),
    "torch.zeros(n, device=device)": lambda: torch.zeros(numel, device=device),
    "torch.zeros(n).to(device)": lambda: torch.zeros(numel).to(device),
}
medians = {name: median_ms(fn) for name, fn in candidates.items()}
for name, ms in medians.items():
    print(f"{name:30} {ms:.3f} ms")

fig = Figure(figsize=(7, 2.4))
ax = fig.subplots()
ax.barh(list(medians), list(medians.values()), color="#e65100")
ax.invert_yaxis()
ax.set_xlabel(f"milliseconds for 64 MiB (median), device = {torch.device(device).type}")
fig.tight_layout()
fig.savefig("transfer-cost.svg")
