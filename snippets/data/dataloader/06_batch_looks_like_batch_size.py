# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:155


import torch
from torch.utils.data import DataLoader, Dataset


class Points(Dataset):
    def __len__(self):
        return 10

    def __getitem__(self, index):
        return {
            "x": torch.full((2,), float(index)),
            "label": index % 2,
            "name": f"p{index}",
        }


loader = DataLoader(Points(), batch_size=4)
batches = list(loader)
print(len(loader), [len(batch["label"]) for batch in batches])
print(batches[0])
print(len(DataLoader(Points(), batch_size=4, drop_last=True)))
