# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:622
# raises: UnpicklingError


import torch
from torch import nn

torch.save(nn.Linear(4, 2), "whole.pth")
torch.load("whole.pth")
