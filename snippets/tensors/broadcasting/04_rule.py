# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:161
# raises: RuntimeError


import torch

torch.ones(0, 3) + torch.ones(2, 3)
