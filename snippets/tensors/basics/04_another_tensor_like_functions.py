# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:100
# raises: NotImplementedError


import torch

torch.rand_like(torch.tensor([[1, 2], [3, 4]]))
