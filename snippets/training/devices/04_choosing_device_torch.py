# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:83


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
x = torch.ones(3, device=device)

assert x.device.type == torch.device(device).type

available = torch.accelerator.is_available()
assert (torch.accelerator.device_count() > 0) == available
