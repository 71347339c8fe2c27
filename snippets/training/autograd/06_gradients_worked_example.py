# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:241
# raises: RuntimeError


import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2
y.backward()
