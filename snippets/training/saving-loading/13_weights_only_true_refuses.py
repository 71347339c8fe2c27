# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:585


import inspect

import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

assert (
    inspect.signature(torch.load).parameters["weights_only"].default
    is None
)  # (1)!
torch.save(nn.Linear(4, 2).state_dict(), "model.pth")
model = nn.Linear(4, 2).to(device)
model.load_state_dict(
    torch.load("model.pth", map_location=device, weights_only=True)
)
assert model.weight.device.type == torch.device(device).type
