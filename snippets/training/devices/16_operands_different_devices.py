# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:659
# raises: RuntimeError


import torch

torch.ones(2) + torch.ones(2, device="meta")
