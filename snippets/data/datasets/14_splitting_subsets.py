# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:560


import torch
from torch.utils.data import Dataset, Subset


class Numbers(Dataset):
    def __init__(self, transform):
        self.transform = transform

    def __len__(self):
        return 10

    def __getitem__(self, index):
        return self.transform(index)


def augment(x):
    return x + 1000  # stands in for a random augmentation


def identity(x):
    return x


indices = torch.randperm(
    10, generator=torch.Generator().manual_seed(0)
).tolist()
train = Subset(Numbers(transform=augment), indices[:8])
valid = Subset(Numbers(transform=identity), indices[8:])
print(
    [train[i] for i in range(len(train))],
    [valid[i] for i in range(len(valid))],
)
assert set(train.indices).isdisjoint(valid.indices)
