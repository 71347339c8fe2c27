# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/no-grad.md:164


import torch
from torch import nn

with torch.inference_mode():
    features = torch.ones(4, 3)

doubled = features * 2
assert not doubled.is_inference()

model = nn.Linear(3, 1)
with torch.no_grad():
    model(features)

usable = features.clone()
usable.add_(1)
model(usable).sum().backward()
assert model.weight.grad is not None
