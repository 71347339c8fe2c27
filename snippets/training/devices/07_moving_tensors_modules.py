# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:152


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

cpu_tensor = torch.ones(3)
moved = cpu_tensor.to(device)
assert cpu_tensor.device.type == "cpu"
assert moved.device.type == torch.device(device).type

direct = torch.ones(3, device=device)  # (1)!
with torch.device(device):
    model = nn.Linear(3, 2)  # (2)!
    zeros = torch.zeros(2)
assert (
    model.weight.device.type
    == zeros.device.type
    == torch.device(device).type
)
assert model(direct).device == direct.device
