# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:1105
# raises: ValueError


import torch
from torch.utils.data import DataLoader, TensorDataset

DataLoader(
    TensorDataset(torch.arange(4)), num_workers=0, prefetch_factor=2
)
