# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:766


import torch
from torch import nn

model = nn.Linear(4, 2)
wrapper = torch.compile(model)
assert list(wrapper.state_dict()) == [
    "_orig_mod.weight",
    "_orig_mod.bias",
]
assert wrapper.weight is model.weight  # (1)!

model.compile()  # (2)!
assert list(model.state_dict()) == ["weight", "bias"]
assert isinstance(model, nn.Linear)
