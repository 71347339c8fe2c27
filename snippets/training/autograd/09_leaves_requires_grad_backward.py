# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:378


import warnings

import torch

a = torch.tensor(2.0, requires_grad=True)
k = torch.tensor(10.0)  # (1)!
c = a * k
c.retain_grad()
d = a * k
(c + d).backward()

assert c.requires_grad and not k.requires_grad
assert not (a > 0).requires_grad and not c.round().long().requires_grad
assert a.grad == 20 and k.grad is None and c.grad == 1
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    assert d.grad is None
print(
    caught[0].category.__name__, str(caught[0].message).split(". ")[0]
)
