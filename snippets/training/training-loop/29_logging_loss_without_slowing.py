# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1342
# devices: cpu


import os
import platform
import re
import time
from pathlib import Path

import torch
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
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(40, 4), torch.randn(40, 1)
names = {
    "model": model,
    "optimizer": optimizer,
    "x": x,
    "y": y,
    "nn": nn,
}
loss = "loss = nn.functional.mse_loss(model(x), y)"
statements = {
    "training step": (
        f"{loss}\noptimizer.zero_grad()\nloss.backward()\noptimizer.step()",
        "",
    ),
    "loss.item()": ("loss.item()", loss),
}
medians = {}
for label, (stmt, setup) in statements.items():
    timer = benchmark.Timer(
        stmt, setup=setup, globals=names, timer=time.thread_time
    )
    timer.timeit(100)  # (1)!
    result = timer.blocked_autorange(min_run_time=1.0)
    medians[label] = result.median
    iqr_us, blocks = result.iqr * 1e6, len(result.times)
    spread = f"IQR {iqr_us:5.2f} us over {blocks} blocks"
    print(f"{label:13} median {result.median * 1e6:6.2f} us, {spread}")
assert medians["loss.item()"] < medians["training step"] / 20  # (2)!
