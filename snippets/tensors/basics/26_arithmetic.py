# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:856


import torch

tensor = torch.ones(4, 4)
tensor[:, 1] = 0

flat = tensor.flatten()
assert (tensor * tensor).sum() == torch.dot(flat, flat) == 12
assert torch.trace(tensor @ tensor.T) == 12
