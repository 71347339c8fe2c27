# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:361


import torch
from torch.utils.data import (
    DataLoader,
    TensorDataset,
    WeightedRandomSampler,
)

labels = torch.tensor([0] * 90 + [1] * 10)
weights = 1.0 / torch.bincount(labels)[labels]  # (1)!
sampler = WeightedRandomSampler(
    weights,
    num_samples=1000,
    replacement=True,
    generator=torch.Generator().manual_seed(1),
)
loader = DataLoader(
    TensorDataset(labels), batch_size=100, sampler=sampler
)

counts = sum(torch.bincount(y, minlength=2) for (y,) in loader)
print(counts)
