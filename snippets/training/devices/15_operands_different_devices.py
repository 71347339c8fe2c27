# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:489
# raises: RuntimeError


import torch

torch.ones(2) + torch.ones(2, device="meta")
