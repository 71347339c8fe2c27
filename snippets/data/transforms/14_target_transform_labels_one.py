# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:617
# raises: PicklingError


import pickle

import torch
from torchvision.transforms import v2

one_hot = v2.Lambda(
    lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1)
)
pickle.dumps(one_hot)
