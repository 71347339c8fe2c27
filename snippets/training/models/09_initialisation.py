# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:313


import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(256, 64)
bound = 1 / math.sqrt(layer.in_features)
assert 0.99 * bound < layer.weight.abs().max() <= bound  # (1)!
assert layer.bias.abs().max() <= bound


def init_weights(module):
    if isinstance(module, nn.Linear):
        nn.init.kaiming_normal_(
            module.weight, nonlinearity="relu"
        )  # (2)!
        nn.init.zeros_(module.bias)


model = nn.Sequential(
    nn.Linear(256, 256), nn.ReLU(), nn.Linear(256, 10)
)
model.apply(init_weights)
assert all(
    torch.count_nonzero(m.bias) == 0
    for m in model
    if isinstance(m, nn.Linear)
)
assert model[0].weight.is_leaf and model[0].weight.grad_fn is None
std = model[0].weight.std().item()
print(f"std {std:.4f}, target sqrt(2 / 256) = {math.sqrt(2 / 256):.4f}")
assert math.isclose(std, math.sqrt(2 / 256), rel_tol=0.05)

try:
    model[0].weight.normal_()
except RuntimeError as error:
    print(error)
with torch.no_grad():
    model[0].weight.normal_(std=0.01)  # (3)!
