# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:81


import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(6))
loader = DataLoader(
    dataset,
    batch_size=3,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
)

for epoch in range(2):
    print(f"epoch {epoch}:", [batch.tolist() for (batch,) in loader])

first = next(iter(loader))  # (1)!
print(first)
