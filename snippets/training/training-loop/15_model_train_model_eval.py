# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:615
# since: torch=2.10


import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
norm = nn.BatchNorm1d(3)
x = torch.randn(8, 3) + 5

print(dropout(torch.ones(6)))
norm(x)
print(norm.running_mean)

dropout.eval()
norm.eval()
assert torch.equal(dropout(torch.ones(6)), torch.ones(6))
running = norm.running_mean.clone()
norm(x)
assert torch.equal(norm.running_mean, running)
