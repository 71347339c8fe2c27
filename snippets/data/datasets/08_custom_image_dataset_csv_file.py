# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:269


import csv
import tempfile
from pathlib import Path

import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2


class CustomImageDataset(Dataset):
    def __init__(
        self,
        annotations_file,
        img_dir,
        transform=None,
        target_transform=None,
    ):
        with open(annotations_file, newline="") as file:
            self.img_labels = [
                (name, int(label)) for name, label in csv.reader(file)
            ]  # (1)!
        self.img_dir = Path(img_dir)
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.img_labels)

    def __getitem__(self, idx):
        name, label = self.img_labels[idx]
        with Image.open(self.img_dir / name) as file:  # (2)!
            image = file.convert("RGB")
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label


def write_example_files(root):
    """Six one-colour 8x8 PNGs (red, green, blue, ...), labels.csv."""
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]
    with open(root / "labels.csv", "w", newline="") as file:
        writer = csv.writer(file)
        for i in range(6):
            label = i % 3
            Image.new("RGB", (8, 8), colours[label]).save(
                root / f"img_{i}.png"
            )
            writer.writerow([f"img_{i}.png", label])


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    write_example_files(root)
    to_tensor = v2.Compose(
        [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
    )  # (3)!
    dataset = CustomImageDataset(
        root / "labels.csv", root, transform=to_tensor
    )

    image, label = dataset[4]
    print(len(dataset), image.shape, image.dtype, label)
    assert image[:, 0, 0].tolist() == [
        0.0,
        1.0,
        0.0,
    ]  # img_4.png is green, class 1

    for images, labels in DataLoader(dataset, batch_size=4):
        print(images.shape, labels)
