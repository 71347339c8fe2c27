# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:335


import torch

row = torch.zeros(1, 3)
column = torch.ones(3, 1)

grid = torch.zeros(3, 3)
grid.add_(row)  # row broadcasts to (3, 3): fine
grid += column
print(grid.shape, (row + column).shape)
