# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:253


import torch

tensor = torch.rand(3, 4)

print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
print(f"Dimensions: {tensor.ndim}, elements: {tensor.numel()}")

assert isinstance(tensor.shape, tuple) and tensor.shape == (3, 4)
rows, cols = tensor.shape
