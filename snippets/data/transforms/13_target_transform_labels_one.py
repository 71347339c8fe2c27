# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/transforms.md:487
# raises: PicklingError


import pickle

import torch
from torchvision.transforms import v2

one_hot = v2.Lambda(lambda y: torch.zeros(10).scatter_(0, torch.tensor(y), value=1))
pickle.dumps(one_hot)
