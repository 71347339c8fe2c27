# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:448
# raises: RuntimeError


import torch

w = torch.tensor(3.0, requires_grad=True)
loss = w * w
loss.backward()
loss.backward()
