# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:484


import torch

result = torch.ones(2, device="meta") + torch.tensor(1.0)
assert result.device.type == "meta"
