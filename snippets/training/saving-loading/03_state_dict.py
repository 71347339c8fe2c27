# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:78


import torch
from torch import nn

torch.save(nn.Sequential(nn.Linear(4, 8)).state_dict(), "small.pth")
longer = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
result = longer.load_state_dict(
    torch.load("small.pth", weights_only=True), strict=False
)
print(result.missing_keys, result.unexpected_keys)
