# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:609


import warnings

import torch

base = torch.tensor([[10], [20], [30]])
expanded = base.expand(3, 4)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    expanded[expanded == 20] = 0

assert "on expanded tensors is deprecated" in str(caught[0].message)
print(base.flatten())
