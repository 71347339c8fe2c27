# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:787


import torch

torch.manual_seed(0)
tensor = torch.ones(4, 4)
tensor[:, 1] = 0

y1 = tensor @ tensor.T
y2 = tensor.matmul(tensor.T)
y3 = torch.empty_like(y1)
returned = torch.matmul(tensor, tensor.T, out=y3)

assert returned is y3  # out= writes into y3 and returns it
assert torch.equal(y1, y2) and torch.equal(y1, y3)

z1 = tensor * tensor
z2 = tensor.mul(tensor)
z3 = torch.empty_like(tensor)
torch.mul(tensor, tensor, out=z3)

assert torch.equal(z1, z2) and torch.equal(z1, z3)
print(y1)
