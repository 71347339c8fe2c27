# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:793


import torch

assert len(torch.arange(6).chunk(4)) == 3
assert len(torch.arange(6).tensor_split(4)) == 4
assert [len(p) for p in torch.arange(10).split(4)] == [4, 4, 2]

t = torch.arange(6)
t.chunk(4)[1][0] = 100
assert t[2] == 100
