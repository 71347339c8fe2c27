# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:519
# raises: RuntimeError


import torch
from torch import nn

logits = torch.randn(2, 3, requires_grad=True)
nn.ReLU(inplace=True)(logits.sigmoid()).sum().backward()
