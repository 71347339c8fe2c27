# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:379


import torch

weights = torch.ones(3, requires_grad=True)
with torch.no_grad():
    weights.add_(1)
    weights[0] = 5.0

assert weights.is_leaf and weights.requires_grad
print(weights)

address = weights.data_ptr()
optimizer = torch.optim.SGD([weights], lr=0.5)
weights.sum().backward()
optimizer.step()
assert weights.data_ptr() == address and weights.is_leaf
print(weights)
