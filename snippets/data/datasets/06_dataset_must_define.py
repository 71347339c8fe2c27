# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/datasets.md:215
# raises: TypeError


from torch.utils.data import DataLoader, Dataset


class Doubles(Dataset):
    def __getitem__(self, index):
        return 2 * index


next(iter(DataLoader(Doubles(), batch_size=2)))
