# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:400


import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 3)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
model(x).sum().backward()
optimizer.step()  # (1)!
saved = optimizer.state_dict()

model.to(torch.float64)
assert optimizer.state[model.weight]["exp_avg"].dtype == torch.float32
model(x.double()).sum().backward()
try:
    optimizer.step()
except RuntimeError as error:
    print(error)

optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
optimizer.load_state_dict(saved)
assert optimizer.state[model.weight]["exp_avg"].dtype == torch.float64
optimizer.step()
