# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:741


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
torch.save(nn.Linear(4, 2).state_dict(), "model.pth")

model = nn.Linear(4, 2).to(device)
weight = model.weight
model.load_state_dict(
    torch.load("model.pth", map_location="cpu", weights_only=True)
)
assert (
    model.weight is weight
)  # the same tensor, now holding the loaded values
assert weight.device.type == torch.device(device).type
