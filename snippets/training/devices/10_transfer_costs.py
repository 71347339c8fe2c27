# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:246


import torch

x = torch.randn(4)
assert x.to("cpu") is x  # (1)!
assert x.to("cpu", non_blocking=True) is x
assert x.to("cpu", copy=True) is not x
