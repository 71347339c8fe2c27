# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:225


import torch

torch.manual_seed(0)
shape = (2, 3)  # two rows, three columns

rand_tensor = torch.rand(shape)
ones_tensor = torch.ones(shape)
zeros_tensor = torch.zeros(2, 3)
sevens = torch.full(shape, 7.0)
counting = torch.arange(6).reshape(shape)

assert torch.equal(ones_tensor, torch.ones(2, 3))
assert torch.empty(shape).shape == shape
print(rand_tensor)
print(counting)
