# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/datasets.md:238


import inspect

from torch.utils.data import Dataset
from torchvision import datasets

print(list(inspect.signature(datasets.FashionMNIST).parameters))
print(list(inspect.signature(Dataset).parameters))
