# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:959
# raises: RuntimeError


import torch

assert torch.ones(4).tolist() == [1.0, 1.0, 1.0, 1.0]
torch.ones(4).item()
