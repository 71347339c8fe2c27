# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:351


import torch
from torch.utils.data import DataLoader, TensorDataset
from torchvision.transforms import v2

generator = torch.Generator().manual_seed(0)
low = torch.tensor([0, 50, 100], dtype=torch.uint8).view(1, 3, 1, 1)
noise = torch.randint(
    0, 150, (200, 3, 16, 16), dtype=torch.uint8, generator=generator
)
images = low + noise  # (1)!

total = torch.zeros(3, dtype=torch.float64)
total_squares = torch.zeros(3, dtype=torch.float64)
count = 0
for (batch,) in DataLoader(TensorDataset(images), batch_size=64):
    x = batch.to(torch.float64) / 255
    total += x.sum(dim=(0, 2, 3))
    total_squares += (x**2).sum(dim=(0, 2, 3))
    count += x.numel() // 3
mean = total / count
std = (total_squares / count - mean**2).sqrt()
print("mean", mean.to(torch.float32), "std", std.to(torch.float32))

per_channel = (
    (images.double() / 255).transpose(0, 1).reshape(3, -1)
)  # (2)!
assert torch.allclose(mean, per_channel.mean(dim=1))
assert torch.allclose(std, per_channel.std(dim=1, correction=0))

normalize = v2.Normalize(mean.tolist(), std.tolist())
normalized = (
    normalize(images.float() / 255).transpose(0, 1).reshape(3, -1)
)
assert torch.allclose(normalized.mean(dim=1), torch.zeros(3), atol=1e-5)
assert torch.allclose(
    normalized.std(dim=1, correction=0), torch.ones(3), atol=1e-5
)
