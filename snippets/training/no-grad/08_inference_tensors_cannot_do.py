# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:245


import torch

x = torch.zeros(3)
w = torch.zeros(3, requires_grad=True)
with torch.inference_mode():
    t = torch.ones(3)
    t.add_(1)
    t[0] = 5
    x.add_(1)  # (1)!
    w.add_(1)
assert t.tolist() == [5, 2, 2]
assert x.tolist() == [1, 1, 1] and not x.is_inference()
assert w.tolist() == [1, 1, 1] and w.requires_grad
