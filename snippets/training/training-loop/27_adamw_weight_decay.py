# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1253


import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.Linear(8, 1))
matrices = [p for p in model.parameters() if p.dim() >= 2]
others = [
    p for p in model.parameters() if p.dim() < 2
]  # biases, LayerNorm
optimizer = torch.optim.AdamW(
    [
        {"params": matrices, "weight_decay": 0.1},
        {"params": others, "weight_decay": 0.0},
    ],
    lr=1e-3,
)
assert [group["weight_decay"] for group in optimizer.param_groups] == [
    0.1,
    0.0,
]
undecayed = {id(p) for p in optimizer.param_groups[1]["params"]}
assert undecayed == {
    id(model[0].bias),
    id(model[1].weight),
    id(model[1].bias),
    id(model[2].bias),
}
