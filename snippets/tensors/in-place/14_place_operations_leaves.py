# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:349
# raises: RuntimeError


import torch

weights = torch.ones(3, requires_grad=True)
weights[0] = 5.0
