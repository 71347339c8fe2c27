# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:223
# raises: TypeError


from torch.utils.data import DataLoader, Dataset


class Doubles(Dataset):
    def __getitem__(self, index):
        return 2 * index


next(iter(DataLoader(Doubles(), batch_size=2)))
