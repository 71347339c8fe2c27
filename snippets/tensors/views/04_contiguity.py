# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:156
# raises: RuntimeError


import torch

grid = torch.arange(6).reshape(2, 3)
grid.T.view(6)
