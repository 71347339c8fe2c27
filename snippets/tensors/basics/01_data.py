# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:22


import torch

data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)

print(x_data)
print(
    x_data.dtype,
    torch.tensor([1.0, 2.0]).dtype,
    torch.tensor([True]).dtype,
)
