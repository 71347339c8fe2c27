# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:153
# raises: RuntimeError


import torch

with torch.inference_mode():
    t = torch.ones(3)
t.add_(1)
