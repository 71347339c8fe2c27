# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/views.md:390
# raises: RuntimeError


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
A.expand(2, 2, 2, 11, 1, 1)
