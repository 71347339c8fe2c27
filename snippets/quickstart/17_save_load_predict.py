# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:609


import torch
from torch import nn

flatten = nn.Flatten()
assert flatten(torch.zeros(1, 28, 28)).shape == (1, 784)  # the accident
assert flatten(torch.zeros(3, 28, 28)).shape == (
    3,
    784,
)  # three "images"
assert flatten(torch.zeros(3, 28, 28).unsqueeze(0)).shape == (1, 2352)
