# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:214


import torch

x = torch.randn(4)
assert x.to("cpu") is x  # (1)!
assert x.to("cpu", non_blocking=True) is x
assert x.to("cpu", copy=True) is not x
