# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:86
# raises: AttributeError


import torch

with torch.grad_enabled(False):
    pass
