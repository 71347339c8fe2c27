# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:650


import torch

base = torch.tensor([[10], [20], [30]])
independent = base.expand(3, 4).clone()
independent[0, 0] = 0

print(independent)
assert base[0, 0] == 10
