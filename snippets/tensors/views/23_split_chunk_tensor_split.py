# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/views.md:625
# raises: RuntimeError


import torch

torch.arange(10).split([3, 3])
