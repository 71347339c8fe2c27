# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/autograd.md:212
# raises: RuntimeError


import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2
y.backward()
