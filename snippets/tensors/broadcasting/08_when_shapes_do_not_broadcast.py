# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:234
# raises: RuntimeError


import torch

torch.ones(4) + torch.ones(2, 3)
