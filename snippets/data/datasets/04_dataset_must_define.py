# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:188
# raises: NotImplementedError


from torch.utils.data import Dataset


class Misspelled(Dataset):
    def __len__(self):
        return 3

    def __get_item__(self, index):
        return index


Misspelled()[0]
