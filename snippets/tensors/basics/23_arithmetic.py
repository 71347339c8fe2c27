# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:635
# raises: AttributeError


import torch

tensor = torch.ones(4, 4)
y1 = tensor @ tensor.T
y3 = tensor.rand_like(y1)
