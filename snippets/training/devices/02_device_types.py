# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:24


import torch

d = torch.device("cuda:1")
print(d.type, d.index)
print(torch.device("cpu").index)
