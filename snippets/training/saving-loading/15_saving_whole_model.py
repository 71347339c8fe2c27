# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:630


import torch
from torch import nn

torch.save(nn.Linear(4, 2), "whole.pth")
model = torch.load("whole.pth", weights_only=False)  # (1)!
assert isinstance(model, nn.Linear)
