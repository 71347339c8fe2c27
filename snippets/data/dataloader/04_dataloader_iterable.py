# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:121
# raises: TypeError


import torch
from torch.utils.data import DataLoader, TensorDataset

loader = DataLoader(TensorDataset(torch.arange(6)), batch_size=3)
next(loader)
