# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:571


import torch

parts = [torch.ones(4, 4)] * 3
assert torch.stack(parts).shape == (3, 4, 4)
assert torch.cat(parts, dim=1).shape == (4, 12)
