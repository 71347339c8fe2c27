# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:111
# raises: NotImplementedError
# since: torch=2.10


import torch

torch.rand_like(torch.tensor([[1, 2], [3, 4]]))
