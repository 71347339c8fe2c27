# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:728
# raises: RuntimeError


import torch

torch.arange(10).split([3, 3])
