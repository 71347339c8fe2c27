# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/autograd.md:390
# raises: RuntimeError


import torch

w = torch.tensor(3.0, requires_grad=True)
loss = w * w
loss.backward()
loss.backward()
