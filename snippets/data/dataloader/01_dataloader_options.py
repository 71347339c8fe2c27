# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:20


import inspect

from torch.utils.data import DataLoader

for name, parameter in inspect.signature(DataLoader).parameters.items():
    if name != "dataset":
        print(f"{name}={parameter.default!r}")
