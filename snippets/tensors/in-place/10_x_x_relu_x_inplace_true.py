# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:279


import torch
import torch.nn.functional as F

weights = torch.tensor([-1.0, 2.0], requires_grad=True)


def gradient(block):
    weights.grad = None
    x = weights * 1
    block(x).sum().backward()
    return weights.grad.tolist()


in_place = gradient(lambda x: x + F.relu(x, inplace=True))  # no error
residual = gradient(lambda x: x + F.relu(x))

print(in_place, residual)
assert in_place != residual
