# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:122
# raises: RuntimeError


import torch

torch.ones(0, 3) + torch.ones(2, 3)
