# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:546


import torch
from torch import nn


def train(order, steps=5):
    torch.manual_seed(0)
    model = nn.Linear(4, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    for _ in range(steps):
        if order == "zero_grad first":
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        if order == "zero_grad after forward":
            optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if order == "zero_grad last":
            optimizer.zero_grad()
    return model.weight.detach()


first = train("zero_grad first")
assert torch.equal(train("zero_grad after forward"), first)
assert torch.equal(train("zero_grad last"), first)
assert not torch.allclose(train("never"), first)
