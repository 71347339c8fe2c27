# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:212


import torch

tensor = torch.rand(3, 4)

print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
print(f"Dimensions: {tensor.ndim}, elements: {tensor.numel()}")

assert isinstance(tensor.shape, tuple) and tensor.shape == (3, 4)
rows, cols = tensor.shape
