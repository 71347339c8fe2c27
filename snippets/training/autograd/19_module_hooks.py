# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:783
# since: torch=2.10


import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 2)
layer.register_full_backward_hook(
    lambda module, grad_input, grad_output: print(grad_input)
)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer(torch.randn(3, 4)).sum().backward()
print(
    caught[0].category.__name__, str(caught[0].message).split(". ")[0]
)
