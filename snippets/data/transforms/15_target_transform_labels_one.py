# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:633


import tempfile
from pathlib import Path

import torch
import torch.nn.functional as F
from PIL import Image
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import v2

CLASSES = ("circle", "square", "triangle")


def one_hot(label):
    return F.one_hot(
        torch.tensor(label), num_classes=len(CLASSES)
    ).float()


transform = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as root:
        for label, name in enumerate(CLASSES):
            (Path(root) / name).mkdir()
            for i in range(2):
                grey = 40 * (2 * label + i)
                Image.new("RGB", (6, 6), (grey, grey, grey)).save(
                    Path(root) / name / f"{i}.png"
                )

        dataset = datasets.ImageFolder(
            root, transform=transform, target_transform=one_hot
        )
        print(dataset.classes)
        loader = DataLoader(dataset, batch_size=3, num_workers=2)
        for images, labels in loader:
            print(images.shape, images[:, 0, 0, 0], labels.tolist())
