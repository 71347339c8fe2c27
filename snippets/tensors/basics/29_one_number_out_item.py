# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:937


import torch

tensor = torch.ones(4, 4)
tensor[:, 1] = 0

agg = tensor.sum()
agg_item = agg.item()
print(agg_item, type(agg_item))
assert torch.ones(1, 1).item() == 1.0
