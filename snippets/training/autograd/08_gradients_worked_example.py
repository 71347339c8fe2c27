# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:285
# devices: cpu
# writes: forward-backward.svg


import os
import platform
import re
import statistics
import time
from pathlib import Path

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

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU()
)
x = torch.randn(256, 512)
statements = {
    "forward": "model(x).sum()",
    "forward + backward": "model(x).sum().backward()",
}
results = {}
for label, stmt in statements.items():
    timer = benchmark.Timer(
        stmt, globals={"model": model, "x": x}, timer=time.thread_time
    )
    timer.timeit(5)  # warm-up, not counted
    results[label] = timer.blocked_autorange(min_run_time=1.0)
    median, iqr = results[label].median * 1e3, results[label].iqr * 1e3
    print(f"{label:18} median {median:.2f} ms, IQR {iqr:.2f} ms")
ratio = results["forward + backward"].median / results["forward"].median
print(f"forward + backward / forward: {ratio:.1f}x")
assert 1.1 < ratio < 10  # a wide band: the two are not interleaved

fig = Figure(figsize=(6, 1.8))
ax = fig.subplots()
quartiles = [
    statistics.quantiles(r.times, n=4) for r in results.values()
]
medians = [q[1] * 1e3 for q in quartiles]
spread = [
    [(q[1] - q[0]) * 1e3 for q in quartiles],
    [(q[2] - q[1]) * 1e3 for q in quartiles],
]
ax.barh(list(results), medians, xerr=spread, color="#e65100", capsize=4)
ax.invert_yaxis()
ax.set_xlabel("milliseconds of CPU time per call (median, IQR)")
fig.tight_layout()
fig.savefig("forward-backward.svg")
