# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:240


import torch
from torch.utils.data import DataLoader, Dataset


class Pairs(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return torch.tensor([float(index)]), index


sample = Pairs()[0]
batch = next(iter(DataLoader(Pairs(), batch_size=4)))
print(type(sample).__name__, type(batch).__name__)
print(batch)
