# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/saving-loading.md:549


import torch
from torch import nn

torch.save(nn.Linear(4, 2), "whole.pth")
model = torch.load("whole.pth", weights_only=False)  # (1)!
assert isinstance(model, nn.Linear)
