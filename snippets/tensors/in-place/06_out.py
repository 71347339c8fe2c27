# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:187
# raises: RuntimeError


import torch

weights = torch.ones(3, requires_grad=True)
with torch.no_grad():
    torch.add(weights, 1, out=torch.empty(3))  # not recording: fine
torch.add(weights, 1, out=torch.empty(3))
