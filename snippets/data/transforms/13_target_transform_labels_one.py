# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:585


import torch
import torch.nn.functional as F
from torchvision.transforms import v2

one_hot_scatter = v2.Lambda(
    lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1)
)
one_hot = v2.Lambda(
    lambda y: F.one_hot(torch.tensor(y), num_classes=10).float()
)  # (1)!

print(one_hot_scatter(3))
assert torch.equal(one_hot(3), one_hot_scatter(3))
