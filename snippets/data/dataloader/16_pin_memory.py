# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader.md:495
# devices: cpu


import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.randn(8, 3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loader = DataLoader(dataset, batch_size=4, pin_memory=True)
    print("warnings after DataLoader():", len(caught))
    (batch,) = next(iter(loader))
    print("warnings after iter():", len(caught))

print("accelerator:", torch.accelerator.is_available(), "pinned:", batch.is_pinned())
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
