# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:881
# since: torch=2.10


import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
loader = DataLoader(
    TensorDataset(torch.randn(8, 3)), batch_size=4, pin_memory=True
)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (batch,) = next(iter(loader))

assert batch.is_pinned() == (
    torch.device(device).type not in ("cpu", "mps")
)
assert len(caught) == (0 if batch.is_pinned() else 1)
batch = batch.to(device)
