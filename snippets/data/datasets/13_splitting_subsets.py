# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:521


import torch
from torch.utils.data import (
    ConcatDataset,
    Subset,
    TensorDataset,
    random_split,
)

dataset = TensorDataset(torch.arange(10))
train, valid = random_split(
    dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(0)
)
print(type(train).__name__, train.indices, valid.indices)
assert sorted(train.indices + valid.indices) == list(range(10))
assert train.dataset is dataset  # (1)!

evens = Subset(dataset, [0, 2, 4])
extra = TensorDataset(torch.arange(100, 103))
both = ConcatDataset([evens, extra])
print(len(both), [x.item() for (x,) in both])
