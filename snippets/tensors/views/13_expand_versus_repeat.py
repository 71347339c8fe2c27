# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:470
# raises: RuntimeError


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
A.expand(-1, 2, 2, 2, 10, 1, 1)
