# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:275
# raises: RuntimeError


import torch
from torch.utils.data import DataLoader

sequences = [torch.tensor([1, 2, 3]), torch.tensor([4])]
next(iter(DataLoader(sequences, batch_size=2)))
