# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:18
# raises: RuntimeError


import torch

torch.device("gpu")
