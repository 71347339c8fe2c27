# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:670
# raises: RuntimeError


import torch
from torch import nn

model = nn.Linear(2, 2).to("meta")
model(torch.ones(1, 2))
