# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:347


import copy

import torch
from torch import nn

model = nn.Linear(2, 1)
best = model.state_dict()
best_copy = copy.deepcopy(model.state_dict())
assert best["weight"].data_ptr() == model.weight.data_ptr()  # (1)!

with torch.no_grad():
    model.weight.add_(1.0)  # training goes on
assert torch.equal(best["weight"], model.weight)
assert not torch.equal(best_copy["weight"], model.weight)
