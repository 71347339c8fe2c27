# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:261


import torch
from torch import nn

loss_fn = nn.CrossEntropyLoss()
pred = torch.tensor([[4.0, 0.0, 0.0], [0.0, 4.0, 0.0]])
right, wrong = torch.tensor([0, 1]), torch.tensor([2, 2])
assert loss_fn(pred, right) < 0.05 < 4 < loss_fn(pred, wrong)
