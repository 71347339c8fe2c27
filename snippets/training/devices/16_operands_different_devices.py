# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:500
# raises: RuntimeError


import torch
from torch import nn

model = nn.Linear(2, 2).to("meta")
model(torch.ones(1, 2))
