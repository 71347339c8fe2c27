# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:135


import torch
from torch.utils.data import DataLoader, Dataset


class LoggedSquares(Dataset):
    def __init__(self, size):
        self.size = size
        self.loaded = []

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        self.loaded.append(index)
        return torch.tensor([float(index) ** 2])


dataset = LoggedSquares(1_000_000)
assert dataset.loaded == []

batch = next(iter(DataLoader(dataset, batch_size=4)))
print(batch.shape, dataset.loaded)
