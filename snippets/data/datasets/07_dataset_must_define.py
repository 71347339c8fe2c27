# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:246


import inspect

from torch.utils.data import Dataset
from torchvision import datasets

print(list(inspect.signature(datasets.FashionMNIST).parameters))
print(list(inspect.signature(Dataset).parameters))
