# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:110
# raises: NotImplementedError


import torch

torch.rand_like(torch.tensor([[1, 2], [3, 4]]))
