# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:557
# raises: RuntimeError


import torch

weights = torch.ones(3, requires_grad=True)
weights.numpy()
