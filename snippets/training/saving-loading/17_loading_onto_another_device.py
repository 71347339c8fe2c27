# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:704


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
torch.save(nn.Linear(4, 2).state_dict(), "model.pth")

tags = set()


def record(storage, location):
    tags.add(location)
    return storage


torch.load("model.pth", map_location=record, weights_only=True)
print(tags)

state = torch.load("model.pth", map_location=device, weights_only=True)
assert all(
    t.device.type == torch.device(device).type for t in state.values()
)
