# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/no-grad.md:84
# raises: AttributeError


import torch

with torch.grad_enabled(False):
    pass
