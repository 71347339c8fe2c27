# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1159


import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x, y = torch.randn(40, 4), torch.randn(40, 1)
nn.functional.mse_loss(model(x), y).backward()
whole = model.weight.grad.clone()


def accumulated(weight):
    model.zero_grad()
    for xb, yb in zip(
        x.split(16), y.split(16), strict=True
    ):  # 16, 16 and 8 samples
        (nn.functional.mse_loss(model(xb), yb) * weight(xb)).backward()
    return model.weight.grad


assert torch.allclose(
    accumulated(lambda xb: len(xb) / len(x)), whole, atol=1e-6
)
assert not torch.allclose(
    accumulated(lambda xb: 1 / 3), whole, atol=1e-3
)
