# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:813


import torch
from torch import nn

layer = nn.Linear(2, 2)
calls = []
layer.register_forward_hook(
    lambda module, args, output: calls.append("hook")
)

layer(torch.ones(2))
layer.forward(torch.ones(2))
assert calls == ["hook"]

identity = nn.Identity()
identity.register_forward_pre_hook(lambda module, args: (args[0] * 10,))
identity.register_forward_hook(lambda module, args, output: output + 1)
assert identity(torch.ones(2)).tolist() == [11.0, 11.0]
