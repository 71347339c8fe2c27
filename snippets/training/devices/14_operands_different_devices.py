# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:472


import torch

device = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else "cpu"
if torch.accelerator.is_available():
    try:
        torch.ones(2, device=device) + torch.ones(2)
    except RuntimeError:
        pass
    else:
        raise AssertionError("operands on two devices were accepted")
