# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:129


import torch

grid = torch.arange(6).reshape(2, 3)
flipped = grid.T

print(grid.is_contiguous(), flipped.is_contiguous(), flipped.stride())
flat_copy = flipped.reshape(
    6
)  # a copy: the order 0, 3, 1, 4, 2, 5 is not in memory
print(flat_copy)
storage = grid.untyped_storage().data_ptr()
assert flat_copy.untyped_storage().data_ptr() != storage
assert (
    grid.reshape(3, 2).untyped_storage().data_ptr() == storage
)  # a view: no copy needed
assert flipped.contiguous().stride() == (2, 1)
