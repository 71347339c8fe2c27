# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/datasets.md:303
# raises: NameError


from torch.utils.data import Dataset


class CustomImageDataset(Dataset):
    def __init__(self, img_dir):
        slef.img_dir = img_dir  # noqa: F821  (the note's line)


CustomImageDataset("images")
