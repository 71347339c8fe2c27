# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:638


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
if torch.accelerator.is_available():
    try:
        torch.ones(2, device=device) + torch.ones(2)
    except RuntimeError:
        pass
    else:
        raise AssertionError("operands on two devices were accepted")
