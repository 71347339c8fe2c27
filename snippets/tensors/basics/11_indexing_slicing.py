# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:291
# continues: docs/tensors/basics.md lines 264


import torch

tensor = torch.ones(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)


first_row = tensor[0]
first_row[0] = 42  # writes into `tensor`

picked = tensor[[0, 2]]
picked[0, 0] = -1  # writes into a copy

assert tensor[0, 0] == 42
assert first_row.data_ptr() == tensor.data_ptr()
assert picked.data_ptr() != tensor.data_ptr()
