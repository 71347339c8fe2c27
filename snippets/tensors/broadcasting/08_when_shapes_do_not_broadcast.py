# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:193
# raises: RuntimeError


import torch

torch.ones(4) + torch.ones(2, 3)
