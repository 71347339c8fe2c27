# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/saving-loading.md:541
# raises: UnpicklingError


import torch
from torch import nn

torch.save(nn.Linear(4, 2), "whole.pth")
torch.load("whole.pth")
