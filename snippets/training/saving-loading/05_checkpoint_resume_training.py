# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/saving-loading.md:112


import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10)
model(torch.randn(8, 4)).sum().backward()
optimizer.step()
scheduler.step()

torch.save(
    {
        "epoch": 1,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
    },
    "checkpoint.pth",
)

checkpoint = torch.load("checkpoint.pth", weights_only=True)
model = nn.Linear(4, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
start_epoch = checkpoint["epoch"] + 1

assert optimizer.state[model.weight]["step"] == 1
assert scheduler.last_epoch == 1 and start_epoch == 2
