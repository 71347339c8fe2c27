# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:163
# raises: RuntimeError


import torch

with torch.inference_mode():
    t = torch.ones(3)
t.requires_grad_()
