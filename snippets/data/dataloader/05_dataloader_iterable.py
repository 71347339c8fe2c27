# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:134


import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.arange(6)), batch_size=3)
batches = iter(loader)

assert not hasattr(loader, "__next__")
assert iter(batches) is batches
assert iter(loader) is not batches
assert next(batches)[0].tolist() == [0, 1, 2]
