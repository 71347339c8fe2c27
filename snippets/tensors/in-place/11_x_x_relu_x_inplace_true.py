# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:310
# raises: TypeError


import torch

x = torch.tensor([-1.0, 2.0])
x = x + torch.relu(x, inplace=True)
