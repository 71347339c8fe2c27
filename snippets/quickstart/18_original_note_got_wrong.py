# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:519


import torch
from torch import nn

model = nn.Linear(3, 2).eval()
x = torch.ones(1, 3)
assert model(x).requires_grad
with torch.inference_mode():
    assert not model(x).requires_grad
