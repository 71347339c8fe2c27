# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:432
# raises: AttributeError


import torch

torch.cuda_is_available()
