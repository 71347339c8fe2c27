# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:192


import torch
from torch import nn


class Early(nn.Module):
    def __init__(self, with_parameter):
        self.scale = 2.0
        if with_parameter:
            self.weight = nn.Parameter(torch.ones(2))
        super().__init__()


assert Early(with_parameter=False).scale == 2.0
try:
    Early(with_parameter=True)
except AttributeError as error:
    print(error)
