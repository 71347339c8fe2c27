# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/models.md:168
# raises: AttributeError


from torch import nn


class Broken(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)
        super().__init__()


Broken()
