# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:203


import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(
    torch.zeros(10_000, 1, 28, 28),
    torch.zeros(10_000, dtype=torch.long),
)
loader = DataLoader(dataset, batch_size=64)
shapes = [(tuple(X.shape), tuple(y.shape)) for X, y in loader]

print(len(loader), shapes[0], shapes[-1])
print(type(next(iter(loader))).__name__)

X, y = next(iter(DataLoader(dataset, batch_size=None)))  # (1)!
print(tuple(X.shape), tuple(y.shape))
