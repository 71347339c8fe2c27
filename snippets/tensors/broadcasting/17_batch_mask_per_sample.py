# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:443
# raises: RuntimeError


import torch

scores = torch.rand(3, 5)
low, high = torch.zeros(3, 1), torch.ones(3, 1)
mask = low <= scores <= high
