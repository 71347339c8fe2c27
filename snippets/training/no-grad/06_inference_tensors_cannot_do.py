# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:177
# raises: RuntimeError


import torch
from torch import nn

with torch.inference_mode():
    features = torch.ones(4, 3)

model = nn.Linear(3, 1)
model(features).sum().backward()
