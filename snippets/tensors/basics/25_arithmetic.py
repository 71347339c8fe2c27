# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:837
# raises: AttributeError


import torch

tensor = torch.ones(4, 4)
y1 = tensor @ tensor.T
y3 = tensor.rand_like(y1)
