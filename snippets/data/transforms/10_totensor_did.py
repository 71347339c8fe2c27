# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/transforms.md:413
# raises: TypeError


import torch
from torchvision import transforms

transforms.ToTensor()(torch.zeros(3, 2, 2, dtype=torch.uint8))
