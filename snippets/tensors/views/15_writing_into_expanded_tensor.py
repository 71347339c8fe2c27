# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:514
# raises: RuntimeError


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)
B += 1
