# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:297
# since: torch=2.10


import os
import subprocess
import sys

child = """
import torch
from torchvision.transforms import v2

assert torch.backends.cpu.get_cpu_capability() == "DEFAULT"
to_float = v2.ToDtype(torch.float32, scale=True)
generator = torch.Generator().manual_seed(192)
image = torch.randint(
    256, (3, 64, 64), dtype=torch.uint8, generator=generator
)
worst = 0.0
for size in range(8, 200, 7):
    resize = v2.Resize(size)
    difference = to_float(resize(image)) - resize(to_float(image))
    worst = max(worst, 255 * difference.abs().max().item())
print(worst)
"""
env = {**os.environ, "ATEN_CPU_CAPABILITY": "default"}
found = subprocess.run(
    [sys.executable, "-c", child],
    env=env,
    capture_output=True,
    text=True,
    check=True,
)
both_axes = float(found.stdout)
print(f"generic kernel, both axes: {both_axes:.4f} steps")
assert both_axes < 0.501  # one rounding
