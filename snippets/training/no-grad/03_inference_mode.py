# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:107


import torch

w = torch.ones(3, requires_grad=True)

with torch.inference_mode():
    t = w * 2
    with torch.enable_grad():
        assert torch.is_grad_enabled()
        u = w * 2
    with torch.inference_mode(False):
        v = w * 2
with torch.no_grad():
    n = w * 2

assert t.is_inference() and not t.requires_grad
assert not u.requires_grad  # (1)!
assert v.requires_grad and not v.is_inference()
assert not n.is_inference()
assert n[:2]._base is n and t[:2]._base is None  # (2)!
print(n._version)
try:
    print(t._version)
except RuntimeError as error:
    print(error)
