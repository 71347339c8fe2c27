# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:842


import torch
from torch.utils.data import DataLoader, TensorDataset

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
pin = torch.device(device).type not in ("cpu", "mps")  # (1)!
dataset = TensorDataset(torch.randn(64, 3, 32, 32), torch.arange(64))
loader = DataLoader(dataset, batch_size=16, pin_memory=pin)

for images, labels in loader:
    if pin:
        assert images.is_pinned()  # each batch, as it comes out
    images = images.to(device, non_blocking=True)
    labels = labels.to(device, non_blocking=True)

assert not dataset.tensors[0].is_pinned()
