# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/autograd.md:673


import torch
from torch import nn

layer = nn.Linear(2, 2)
calls = []
layer.register_forward_hook(lambda module, args, output: calls.append("hook"))

layer(torch.ones(2))
layer.forward(torch.ones(2))
assert calls == ["hook"]
