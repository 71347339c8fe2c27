# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:130
# raises: AttributeError


import torch

device = "cuda" if torch.cuda_is_available() else "cpu"
