# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/models.md:96


from torch import nn


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = [nn.Linear(4, 4), nn.Linear(4, 4)]  # (1)!
        self.blocks = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 4)])


names = [name for name, _ in Stack().named_parameters()]
print(names)
