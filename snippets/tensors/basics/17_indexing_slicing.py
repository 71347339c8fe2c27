# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:453
# continues: docs/tensors/basics.md lines 426


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

assert tensor[0, 0] == 42 and picked[0, 0] == -1


def same_storage(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


second_row = tensor[1]
assert second_row.data_ptr() != tensor.data_ptr()  # (1)!
assert same_storage(second_row, tensor) and same_storage(first_row, tensor)
assert not same_storage(picked, tensor)
