# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/views.md:147
# raises: RuntimeError


import torch

grid = torch.arange(6).reshape(2, 3)
grid.T.view(6)
