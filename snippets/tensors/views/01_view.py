# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:21


import torch

flat = torch.arange(6)
grid = flat.view(2, 3)  # (1)!
column = grid[:, 1]

print(grid.stride(), column.stride(), column.storage_offset())
column[0] = 100  # writes into flat's memory
print(flat)
assert (
    grid.untyped_storage().data_ptr()
    == flat.untyped_storage().data_ptr()
)
assert column.data_ptr() != flat.data_ptr()  # (2)!
assert grid._base is flat and column._base is flat  # (3)!
