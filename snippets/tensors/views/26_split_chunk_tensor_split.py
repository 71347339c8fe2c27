# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:760


import torch

grid = torch.arange(6).reshape(2, 3)
columns = grid.unbind(dim=1)

print(columns)
storage = grid.untyped_storage().data_ptr()
assert all(
    c.untyped_storage().data_ptr() == storage for c in columns
)  # views
assert torch.equal(
    torch.stack(columns, dim=1), grid
)  # stack undoes unbind
