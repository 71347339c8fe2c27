# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:194


import torch
from torch import nn

with torch.inference_mode():
    features = torch.ones(4, 3)

doubled = features * 2
assert not doubled.is_inference()

bias = torch.zeros(3, requires_grad=True)
(features + bias).sum().backward()  # (1)!
assert torch.equal(bias.grad, torch.full((3,), 4.0))

model = nn.Linear(3, 1)
with torch.no_grad():
    model(features)  # (2)!
    for change in (
        lambda: features.add_(1),
        lambda: features.requires_grad_(),
    ):
        try:
            change()
        except RuntimeError as error:
            print(str(error).split(".")[0])

usable = features.clone()
usable.add_(1)
model(usable).sum().backward()
assert model.weight.grad is not None
