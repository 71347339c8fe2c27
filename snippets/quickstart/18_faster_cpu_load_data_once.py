# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:635
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)
# timeout: 300


import os
import platform
import re
import statistics
import time
from pathlib import Path

import torch
from torch.utils.data import DataLoader, TensorDataset
from torchvision import datasets
from torchvision.transforms import v2

cpuinfo = Path("/proc/cpuinfo")
found = (
    re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
    if cpuinfo.exists()
    else None
)
cpu = found[1] if found else platform.processor() or platform.machine()
print(
    f"machine: {cpu}, {os.cpu_count()} CPU cores, torch "
    f"{torch.__version__}"
)

transform = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
)
per_sample = datasets.FashionMNIST(
    root="data", train=True, download=True, transform=transform
)

raw = datasets.FashionMNIST(root="data", train=True, download=True)
images = raw.data.unsqueeze(1).float() / 255  # (1)!
preloaded = TensorDataset(images, raw.targets)


def loader(dataset):
    return DataLoader(
        dataset,
        batch_size=64,
        shuffle=True,
        generator=torch.Generator().manual_seed(0),
    )


for (X_slow, y_slow), (X_fast, y_fast) in zip(
    loader(per_sample), loader(preloaded), strict=True
):
    torch.testing.assert_close(
        X_fast, X_slow, rtol=0, atol=1e-7
    )  # (2)!
    assert torch.equal(y_fast, y_slow)


def seconds_per_pass(dataset):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for _batch in loader(dataset):
            pass
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


(slow, *slow_range), (fast, *fast_range) = (
    seconds_per_pass(per_sample),
    seconds_per_pass(preloaded),
)
print("one pass over the training set, median (min to max):")
print(
    f"per-sample transform {slow:.2f} s ({slow_range[0]:.2f} to "
    f"{slow_range[1]:.2f})"
)
print(
    f"preloaded tensors {fast:.2f} s ({fast_range[0]:.2f} to "
    f"{fast_range[1]:.2f})"
)
print(f"{slow / fast:.0f}x faster")
