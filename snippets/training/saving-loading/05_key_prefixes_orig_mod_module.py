# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:132


import torch
from torch import nn
from torch.nn.modules.utils import (
    consume_prefix_in_state_dict_if_present,
)

model = nn.Linear(4, 2)
compiled = torch.compile(model)  # (1)!
parallel = nn.DataParallel(nn.Linear(4, 2))
print(list(compiled.state_dict()), list(parallel.state_dict()))

assert compiled._orig_mod is model
assert list(model.state_dict()) == ["weight", "bias"]  # (2)!

for wrapped, prefix in (
    (compiled, "_orig_mod."),
    (parallel, "module."),
):
    state = wrapped.state_dict()
    consume_prefix_in_state_dict_if_present(state, prefix)
    nn.Linear(4, 2).load_state_dict(
        state
    )  # strict: every key matches now
