# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:307
# raises: RuntimeError


import torch

row = torch.zeros(1, 3)
column = torch.ones(3, 1)
row.add_(column)
