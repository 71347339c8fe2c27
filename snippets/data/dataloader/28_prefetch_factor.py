# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader.md:988
# raises: ValueError


import torch
from torch.utils.data import DataLoader, TensorDataset

DataLoader(TensorDataset(torch.arange(4)), num_workers=0, prefetch_factor=2)
