# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:79
# continues: docs/tensors/basics.md lines 22, 54


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


torch.manual_seed(0)

x_ones = torch.ones_like(x_data)
x_rand = torch.rand_like(x_data, dtype=torch.float)  # (1)!

assert x_ones.shape == x_data.shape and x_ones.dtype == torch.int64
assert x_rand.shape == x_data.shape and x_rand.dtype == torch.float32
assert x_rand.device == x_data.device
assert not torch.zeros_like(
    torch.ones(2, requires_grad=True)
).requires_grad
print(x_ones)
print(x_rand)
