# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:367
# raises: RuntimeError


import torch

weights = torch.ones(3, requires_grad=True)
weights[0] = 5.0
