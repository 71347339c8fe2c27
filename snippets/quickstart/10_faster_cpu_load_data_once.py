# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:305
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)


import time

import torch
from torch.utils.data import DataLoader, TensorDataset
from torchvision import datasets
from torchvision.transforms import v2

transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
per_sample = datasets.FashionMNIST(root="data", train=True, download=True, transform=transform)

raw = datasets.FashionMNIST(root="data", train=True, download=True)
images = raw.data.unsqueeze(1).float() / 255  # (1)!
preloaded = TensorDataset(images, raw.targets)

first_image, first_label = per_sample[0]
assert torch.allclose(preloaded[0][0], first_image) and preloaded[0][1] == first_label


def seconds_per_pass(dataset):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for _batch in DataLoader(dataset, batch_size=64, shuffle=True):
            pass
        times.append(time.perf_counter() - start)
    return sorted(times)[1]


slow, fast = seconds_per_pass(per_sample), seconds_per_pass(preloaded)
print(
    f"{len(raw)} images, one pass: per-sample transform {slow:.2f} s, "
    f"preloaded tensors {fast:.2f} s, {slow / fast:.0f}x faster"
)
