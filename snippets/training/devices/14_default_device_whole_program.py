# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:617


import torch

assert torch.get_default_device() == torch.device("cpu")
torch.set_default_device("meta")
assert torch.ones(2).device.type == "meta"
assert torch.ones(2, device="cpu").device.type == "cpu"  # (1)!
torch.set_default_device(None)  # (2)!
assert torch.ones(2).device.type == "cpu"
