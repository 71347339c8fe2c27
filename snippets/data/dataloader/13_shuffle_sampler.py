# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:395
# raises: ValueError


import torch
from torch.utils.data import (
    DataLoader,
    RandomSampler,
    SequentialSampler,
    TensorDataset,
)

dataset = TensorDataset(torch.arange(4))
assert isinstance(
    DataLoader(dataset, shuffle=True).sampler, RandomSampler
)
assert [x.item() for (x,) in DataLoader(dataset, sampler=[3, 1])] == [
    3,
    1,
]

DataLoader(dataset, sampler=SequentialSampler(dataset), shuffle=True)
