# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:414


import torch

w = torch.tensor(3.0, requires_grad=True)
for _ in range(3):
    loss = w * w
    loss.backward()
    print(w.grad)

w.grad = None  # start again from nothing
(w * w).backward()
assert w.grad == 6
