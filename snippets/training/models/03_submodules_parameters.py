# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:96


import torch
from torch import nn


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = [nn.Linear(4, 4), nn.Linear(4, 4)]  # (1)!
        self.blocks = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 4)])


stack = Stack().to(torch.float64)
print([name for name, _ in stack.named_parameters()])
assert list(stack.state_dict()) == [
    name for name, _ in stack.named_parameters()
]
assert stack.hidden[0].weight.dtype == torch.float32  # (2)!
