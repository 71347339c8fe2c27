# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader.md:111
# raises: TypeError


import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.arange(6)), batch_size=3)
next(loader)
