# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:694


import inspect

from torchvision import datasets

for name in (
    "FashionMNIST",
    "ImageFolder",
    "MovingMNIST",
    "Kinetics",
    "Sintel",
):
    parameters = inspect.signature(getattr(datasets, name)).parameters
    print(f"{name:13}", [p for p in parameters if "transform" in p])
