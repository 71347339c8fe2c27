# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:683


import torch

# the accelerator where there is one;
# "meta" is another device on any machine
device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "meta"
)
result = torch.ones(2, device=device) + torch.tensor(1.0)
assert result.device.type == torch.device(device).type
picked = torch.ones(3, device=device)[
    torch.tensor([0, 2])
]  # CPU indices
assert picked.device.type == torch.device(device).type
