# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:195


import torch
import torch.nn.functional as F

weights = torch.tensor([-1.0, 2.0], requires_grad=True)
x = weights * 1  # not a leaf: the in-place ReLU is allowed
x = x + F.relu(x, inplace=True)
x.sum().backward()

print(weights.grad)  # d/dw of 2 * relu(w)
