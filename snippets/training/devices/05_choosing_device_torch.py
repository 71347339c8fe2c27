# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:108
# raises: AttributeError


import torch

device = "cuda" if torch.cuda_is_available() else "cpu"
