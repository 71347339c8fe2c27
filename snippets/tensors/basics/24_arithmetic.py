# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:654


import torch

tensor = torch.ones(4, 4)
tensor[:, 1] = 0

flat = tensor.flatten()
assert (tensor * tensor).sum() == torch.dot(flat, flat) == 12
assert torch.trace(tensor @ tensor.T) == 12
