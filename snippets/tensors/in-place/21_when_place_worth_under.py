# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:547
# raises: RuntimeError


import torch
from torch import nn

logits = torch.randn(2, 3, requires_grad=True)
nn.ReLU(inplace=True)(logits.sigmoid()).sum().backward()
