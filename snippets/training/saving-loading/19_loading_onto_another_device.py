# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:768


import torch
from torch import nn

torch.save(nn.Linear(4, 2).state_dict(), "model.pth")
state = torch.load("model.pth", map_location="cpu", weights_only=True)

with torch.device("meta"):
    model = nn.Linear(4, 2)
assert model.weight.is_meta
model.load_state_dict(state, assign=True)
assert model.weight.device.type == "cpu"
assert torch.equal(model.weight, state["weight"])
