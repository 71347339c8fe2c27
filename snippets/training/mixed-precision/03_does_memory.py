# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:321


import torch
from torch import nn

saved = []
model = nn.Sequential(nn.Linear(1024, 1024), nn.Linear(1024, 1024))
weight = model[1].weight  # (1)!
x = torch.randn(8, 1024)
with (
    torch.autograd.graph.saved_tensors_hooks(
        lambda t: saved.append(t) or t, lambda t: t
    ),
    torch.autocast("cpu", dtype=torch.bfloat16),
):
    loss = model(x).float().sum()
loss.backward()

assert weight.dtype == weight.grad.dtype == torch.float32  # (2)!
copies = [
    t
    for t in saved
    if t.dtype == torch.bfloat16 and t.numel() == weight.numel()
]
assert (
    len(copies) == 1 and copies[0].nbytes == weight.nbytes // 2
)  # (3)!
inputs = [
    t for t in saved if t.dtype == torch.bfloat16 and t.shape == x.shape
]
assert len(inputs) == 2 and all(
    t.nbytes == x.nbytes // 2 for t in inputs
)  # (4)!
