# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:603


import torch
from torch import nn

weight = nn.Parameter(torch.tensor([1.0]))
optimizer = torch.optim.SGD([weight], lr=0.1)
scaler = torch.amp.GradScaler("cpu")
for _ in range(
    3
):  # three overflowing steps: the scale is halved each time
    scaler.scale((weight * float("inf")).sum()).backward()
    scaler.step(optimizer)
    scaler.update()
    optimizer.zero_grad()
assert scaler.get_scale() == 65536 / 8

torch.save({"scaler": scaler.state_dict()}, "checkpoint.pth")
resumed = torch.amp.GradScaler("cpu")
assert resumed.get_scale() == 65536  # (1)!
resumed.load_state_dict(
    torch.load("checkpoint.pth", weights_only=True)["scaler"]
)
assert resumed.state_dict() == scaler.state_dict()
print(scaler.state_dict())
