# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/data/dataloader.md:20


import inspect

from torch.utils.data import DataLoader

for name, parameter in inspect.signature(DataLoader).parameters.items():
    if name != "dataset":
        print(f"{name}={parameter.default!r}")
