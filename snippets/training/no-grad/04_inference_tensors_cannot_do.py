# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/no-grad.md:151
# raises: RuntimeError


import torch

with torch.inference_mode():
    t = torch.ones(3)
t.add_(1)
