# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:314


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
torch.manual_seed(0)
model = nn.Linear(3, 1)
weight = model.weight
optimizer = torch.optim.SGD(
    model.parameters(), lr=0.1
)  # built before the conversions

model.to(torch.float64)  # (1)!
assert model.weight is weight and weight.dtype == torch.float64
model.to(torch.float32)
model.to(device)  # (2)!
assert (
    model.weight is weight
    and weight.device.type == torch.device(device).type
)
assert optimizer.param_groups[0]["params"][0] is model.weight

before = model.weight.detach().clone()
model(torch.randn(8, 3, device=device)).pow(2).mean().backward()
optimizer.step()
assert not torch.equal(
    model.weight, before
)  # the early optimizer trained the moved model
