# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:406
# raises: AttributeError


from torch.utils.data import Dataset


class CustomImageDataset(Dataset):
    def __init__(self, labels, target_transform=None):
        self.img_labels = labels
        self.target_transform = target_transform

    def __len__(self):
        return len(self.img_labels)

    def __getitem__(self, idx):
        label = self.img_labels[idx]
        if self.target_transform:
            label = self.target_transf  # noqa: F841  (the note's line; no return)


assert CustomImageDataset([3, 5])[0] is None
CustomImageDataset([3, 5], target_transform=float)[0]
