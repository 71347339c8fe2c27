# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:56


import torch

for name in ("cpu", "cuda", "mps", "xpu", "mtia", "hpu", "xla", "meta", "privateuseone"):
    assert torch.device(name).type == name  # (1)!
