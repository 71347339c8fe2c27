# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:193


import torch

assert torch.zeros(2, device="meta").is_meta
with torch.device("meta"):
    assert torch.randn(2).is_meta and torch.arange(3).is_meta
assert (
    torch.ones(2).device.type == "cpu"
)  # the default outside the block
