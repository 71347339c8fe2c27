# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:219


import torch
from torch import nn

model = nn.Linear(2, 2)
assert model.weight.device.type == "cpu"  # created on the CPU
assert model.to("meta") is model  # moved in place, same module
assert model.weight.device.type == "meta"

data = torch.ones(2)
on_meta = data.to("meta")
assert data.device.type == "cpu" and on_meta.device.type == "meta"

with torch.device("meta"):
    direct = nn.Linear(2, 2)  # (1)!
assert direct.weight.device.type == "meta"
