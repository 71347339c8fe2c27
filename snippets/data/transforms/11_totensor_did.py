# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:531
# raises: TypeError


import torch
from torchvision import transforms

transforms.ToTensor()(torch.zeros(3, 2, 2, dtype=torch.uint8))
