# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:605


import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 8), nn.Dropout(p=0.5))
x = torch.ones(1, 8)

model.eval()
out = model(x)
assert out.requires_grad  # (1)!
assert torch.equal(
    model(x), out
)  # dropout is off: same input, same output

model.train()
with torch.no_grad():
    first, second = model(x), model(x)
assert not first.requires_grad
assert not torch.equal(first, second)  # (2)!

model.eval()
with torch.inference_mode():
    prediction = model(x)
assert torch.equal(prediction, out)
