# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:56


import torch

for name in (
    "cpu",
    "cuda",
    "mps",
    "xpu",
    "mtia",
    "hpu",
    "xla",
    "meta",
    "privateuseone",
):
    assert torch.device(name).type == name  # (1)!
