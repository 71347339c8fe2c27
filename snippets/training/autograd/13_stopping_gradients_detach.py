# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:501


import torch

w = torch.tensor(3.0, requires_grad=True)
y = w * w
constant = y.detach()
assert not constant.requires_grad and constant.grad_fn is None
assert (
    constant.untyped_storage().data_ptr()
    == y.untyped_storage().data_ptr()
)  # (1)!

(constant * w).backward()  # (2)!
assert w.grad == 9

w.grad = None
(y * w).backward()
assert w.grad == 27
