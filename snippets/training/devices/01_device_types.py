# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:18
# raises: RuntimeError


import torch

torch.device("gpu")
