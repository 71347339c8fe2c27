# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:611


import torch

tensor = torch.ones(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)
