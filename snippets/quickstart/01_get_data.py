# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:30
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)


import torch
from torchvision import datasets
from torchvision.transforms import v2

transform = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
)  # (1)!

training_data = datasets.FashionMNIST(
    root="data", train=True, download=True, transform=transform
)
test_data = datasets.FashionMNIST(
    root="data",
    train=False,  # (2)!
    download=True,
    transform=transform,
)
print(
    f"{len(training_data)} training images, {len(test_data)} test "
    "images"
)
