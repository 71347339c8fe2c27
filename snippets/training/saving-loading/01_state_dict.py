# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:21


import torch
from torch import nn


def make_model():
    return nn.Sequential(
        nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2)
    )


torch.manual_seed(0)
model = make_model()
model(torch.randn(16, 4))  # (1)!
print(list(model.state_dict()))

torch.save(model.state_dict(), "model.pth")

restored = make_model()
result = restored.load_state_dict(
    torch.load("model.pth", weights_only=True)
)
print(result)

x = torch.randn(3, 4)
model.eval()
restored.eval()
assert torch.equal(model(x), restored(x))
