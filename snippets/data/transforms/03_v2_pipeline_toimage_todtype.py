# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:96


import torch
from torch.utils.data import DataLoader, TensorDataset

pixels = torch.randint(0, 256, (8, 3, 4, 4), dtype=torch.uint8)
(batch,) = next(iter(DataLoader(TensorDataset(pixels), batch_size=8)))

assert batch.dtype == torch.uint8
assert torch.equal(batch, pixels)
