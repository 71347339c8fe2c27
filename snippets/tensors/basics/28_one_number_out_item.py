# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:745
# raises: RuntimeError


import torch

assert torch.ones(4).tolist() == [1.0, 1.0, 1.0, 1.0]
torch.ones(4).item()
