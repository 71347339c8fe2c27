# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:176
# raises: RuntimeError


import torch

weights = torch.ones(3, requires_grad=True)
with torch.no_grad():
    torch.add(weights, 1, out=torch.empty(3))  # not recording: fine
torch.add(weights, 1, out=torch.empty(3))
