# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:394
# raises: RuntimeError


import torch

scores = torch.rand(3, 5)
low, high = torch.zeros(3, 1), torch.ones(3, 1)
mask = low <= scores <= high
