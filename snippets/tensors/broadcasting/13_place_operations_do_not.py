# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:288


import torch

row = torch.zeros(1, 3)
column = torch.ones(3, 1)

grid = torch.zeros(3, 3)
grid.add_(row)  # row broadcasts to (3, 3): fine
grid += column
print(grid.shape, (row + column).shape)
