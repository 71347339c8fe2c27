# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:354
# raises: RuntimeError


import torch

row = torch.zeros(1, 3)
column = torch.ones(3, 1)
row.add_(column)
