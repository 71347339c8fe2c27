# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:384
# raises: TypeError


from torch.utils.data import Dataset


class CustomImageDataset(Dataset):
    def __len__(self):
        return 1

    def __getitem__(self):
        return idx  # noqa: F821  (the note uses idx without taking it)


CustomImageDataset()[0]
