# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1106


import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(64, 4), torch.randn(64, 1))


def train(batch_size, accumulation_steps, norm=None):
    torch.manual_seed(1)
    model = nn.Sequential(
        nn.Linear(4, 8),
        norm or nn.Identity(),
        nn.ReLU(),
        nn.Linear(8, 1),
    )
    optimizer = torch.optim.SGD(
        model.parameters(), lr=0.1, momentum=0.9
    )
    for i, (x, y) in enumerate(DataLoader(data, batch_size=batch_size)):
        loss = (
            nn.functional.mse_loss(model(x), y) / accumulation_steps
        )  # (1)!
        loss.backward()
        if (i + 1) % accumulation_steps == 0:  # (2)!
            optimizer.step()
            optimizer.zero_grad()
    return torch.cat([p.detach().flatten() for p in model.parameters()])


big_batches = train(batch_size=32, accumulation_steps=1)
accumulated = train(batch_size=8, accumulation_steps=4)
assert torch.allclose(big_batches, accumulated, atol=1e-6)

with_norm = (
    train(32, 1, nn.BatchNorm1d(8)),
    train(8, 4, nn.BatchNorm1d(8)),
)
assert not torch.allclose(*with_norm, atol=1e-3)  # (3)!
