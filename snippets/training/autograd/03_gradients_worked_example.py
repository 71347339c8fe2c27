# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:95


import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
c = a + b
d = b + 1
e = c * d
e.backward()

print(a.grad, b.grad)
with torch.no_grad():
    assert a.grad == b + 1
    assert b.grad == (b + 1) + (a + b)
