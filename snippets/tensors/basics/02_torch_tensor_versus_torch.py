# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:54
# continues: docs/tensors/basics.md lines 22


import torch

data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)

print(x_data)
print(
    x_data.dtype,
    torch.tensor([1.0, 2.0]).dtype,
    torch.tensor([True]).dtype,
)


assert isinstance(
    x_data, torch.Tensor
)  # the class: for isinstance and type hints

assert torch.Tensor([1, 2]).dtype == torch.float32  # (1)!
assert torch.tensor([1, 2]).dtype == torch.int64

assert (
    torch.tensor(3).shape == ()
)  # the number 3, a 0-dimensional tensor
assert torch.Tensor(3).shape == (3,)  # three uninitialised floats
