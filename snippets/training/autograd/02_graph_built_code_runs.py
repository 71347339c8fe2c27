# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:63


import torch


def f(x):
    if x.sum() > 0:
        return x * 2
    return x.exp()


x = torch.tensor([1.0, 2.0], requires_grad=True)
print(type(f(x).grad_fn).__name__)
print(type(f(-x).grad_fn).__name__)
