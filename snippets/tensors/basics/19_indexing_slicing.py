# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:642
# continues: docs/tensors/basics.md lines 611


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
    return (
        a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()
    )


second_row = tensor[1]
assert second_row.data_ptr() != tensor.data_ptr()  # (1)!
assert same_storage(second_row, tensor)
assert same_storage(first_row, tensor)
assert not same_storage(picked, tensor)

at_two = tensor[
    torch.tensor(2)
]  # 0-dim integer tensor: a view, as tensor[2]
assert at_two.shape == (4,) and same_storage(at_two, tensor)
at_two[3] = 7  # writes into `tensor`
assert tensor[2, 3] == 7
assert not same_storage(
    tensor[torch.tensor([2])], tensor
)  # 1-D: a copy
assert tensor[torch.tensor(True)].shape == (
    1,
    4,
    4,
)  # 0-dim bool: a mask
