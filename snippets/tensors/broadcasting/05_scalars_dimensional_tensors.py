# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:172


import torch

matrix = torch.ones(2, 3)
total = torch.tensor(10.0)

print(total.shape, total.ndim)
print((matrix * 2).shape, (matrix + total).shape)
print(torch.broadcast_shapes((), (2, 3)))
assert torch.equal(matrix / matrix.sum(), matrix / 6)
