# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:708


import torch

t = torch.arange(10)

print(t.split(4))
print(t.split([2, 3, 5]))
pieces = torch.split(t, 4)
pieces[1][0] = 100  # a view: writes into t
assert t[4] == 100
