# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/no-grad.md:161
# raises: RuntimeError


import torch

with torch.inference_mode():
    t = torch.ones(3)
t.requires_grad_()
