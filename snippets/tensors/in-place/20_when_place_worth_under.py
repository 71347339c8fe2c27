# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:518


import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
inputs = torch.randn(2, 4)


def weight_grad(activation):
    layer.zero_grad()
    activation(layer(inputs)).sum().backward()
    return layer.weight.grad.clone()


hidden = layer(inputs)
assert (
    nn.ReLU(inplace=True)(hidden) is hidden
)  # no new tensor allocated
assert torch.equal(
    weight_grad(nn.ReLU(inplace=True)), weight_grad(nn.ReLU())
)
