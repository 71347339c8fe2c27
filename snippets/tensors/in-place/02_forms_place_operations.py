# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:55


import torch

x = torch.tensor([-1.0, 2.0])
alias = x
x = x + 1
assert x is not alias and alias.tolist() == [-1.0, 2.0]

activation = torch.nn.ReLU(inplace=True)
inputs = torch.tensor([-1.0, 2.0])
outputs = activation(inputs)
assert outputs is inputs and inputs.tolist() == [0.0, 2.0]

layer = torch.nn.Linear(3, 2)
address = layer.weight.data_ptr()
torch.nn.init.zeros_(
    layer.weight
)  # the initialisers work in place, too
assert layer.weight.data_ptr() == address and not layer.weight.any()
