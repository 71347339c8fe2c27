# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:359


import torch
from torch import nn

model = nn.Linear(3, 1)
too_early = torch.optim.SGD(model.parameters(), lr=0.1)
model.to("meta")
assert model.weight.is_meta
assert too_early.param_groups[0]["params"][0] is not model.weight

model = nn.Linear(3, 1)
too_early = torch.optim.SGD(model.parameters(), lr=0.1)
model.load_state_dict(nn.Linear(3, 1).state_dict(), assign=True)  # (1)!
assert too_early.param_groups[0]["params"][0] is not model.weight

in_time = torch.optim.SGD(model.parameters(), lr=0.1)
assert in_time.param_groups[0]["params"][0] is model.weight

tensor = torch.ones(2)
assert torch._has_compatible_shallow_copy_type(
    tensor, tensor.double()
)  # (2)!
assert not torch._has_compatible_shallow_copy_type(
    tensor, tensor.to("meta")
)
