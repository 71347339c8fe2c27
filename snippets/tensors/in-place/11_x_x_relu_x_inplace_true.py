# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:295
# raises: TypeError


import torch

x = torch.tensor([-1.0, 2.0])
x = x + torch.relu(x, inplace=True)
