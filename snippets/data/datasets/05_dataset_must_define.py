# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:205


from torch.utils.data import Dataset


class Doubles(Dataset):
    def __getitem__(self, index):
        return 2 * index


assert Doubles()[21] == 42
assert not hasattr(Doubles(), "__len__")
