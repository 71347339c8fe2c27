# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/autograd.md:228
# writes: forward-backward.svg


import torch
from matplotlib.figure import Figure
from torch import nn
from torch.utils import benchmark

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU())
x = torch.randn(256, 512)


def median_ms(stmt):
    timer = benchmark.Timer(stmt, globals={"model": model, "x": x})
    return timer.blocked_autorange(min_run_time=1.0).median * 1e3


forward = median_ms("model(x).sum()")
forward_backward = median_ms("model(x).sum().backward()")
print(f"forward:            {forward:.2f} ms")
print(f"forward + backward: {forward_backward:.2f} ms ({forward_backward / forward:.1f}x)")

fig = Figure(figsize=(6, 1.8))
ax = fig.subplots()
ax.barh(["forward", "forward + backward"], [forward, forward_backward], color="#e65100")
ax.invert_yaxis()
ax.set_xlabel("milliseconds per call (median)")
fig.tight_layout()
fig.savefig("forward-backward.svg")
