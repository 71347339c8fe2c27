# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/datasets.md:358
# raises: TypeError


from torch.utils.data import Dataset


class CustomImageDataset(Dataset):
    def __len__(self):
        return 1

    def __getitem__(self):
        return idx  # noqa: F821  (the note uses idx without taking it)


CustomImageDataset()[0]
