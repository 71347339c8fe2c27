# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:56
# since: torch=2.10


import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

assert (
    "pin_memory_device (str, optional): Deprecated"
    in DataLoader.__doc__
)
dataset = TensorDataset(torch.arange(4))
loader = DataLoader(dataset, pin_memory=True, pin_memory_device="cpu")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    next(iter(loader))
messages = [str(warning.message) for warning in caught]
assert any("pin_memory_device is deprecated" in m for m in messages)
