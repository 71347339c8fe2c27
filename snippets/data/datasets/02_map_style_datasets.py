# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:81


import torch
from torch.utils.data import Dataset


class Squares(Dataset):
    def __init__(self, size):
        self.size = size

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if not 0 <= index < self.size:
            raise IndexError(index)  # (1)!
        x = torch.tensor([float(index)])
        return x, x**2


squares = Squares(5)
print(len(squares))
print(squares[3])
print(len(list(squares)))
