# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:176
# raises: AttributeError


from torch import nn


class Broken(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 2)
        super().__init__()


Broken()
