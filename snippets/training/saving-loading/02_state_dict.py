# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:67
# raises: RuntimeError


import torch
from torch import nn

torch.save(nn.Sequential(nn.Linear(4, 8)).state_dict(), "small.pth")
bigger = nn.Sequential(nn.Linear(4, 16))
bigger.load_state_dict(
    torch.load("small.pth", weights_only=True), strict=False
)
