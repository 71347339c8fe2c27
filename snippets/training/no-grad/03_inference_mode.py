# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/no-grad.md:85


import torch

w = torch.ones(3, requires_grad=True)

with torch.inference_mode():
    t = w * 2
    with torch.enable_grad():
        u = w * 2
with torch.no_grad():
    n = w * 2

assert t.is_inference() and not t.requires_grad
assert not u.requires_grad
assert not n.is_inference()
assert n[:2]._base is n and t[:2]._base is None  # (1)!
print(n._version)
try:
    print(t._version)
except RuntimeError as error:
    print(error)
