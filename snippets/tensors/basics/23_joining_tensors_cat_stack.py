# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:773


import torch

parts = [torch.ones(4, 4)] * 3
assert torch.stack(parts).shape == (3, 4, 4)
assert torch.cat(parts, dim=1).shape == (4, 12)
