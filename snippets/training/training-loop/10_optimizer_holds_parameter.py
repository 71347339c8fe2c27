# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:446


import torch

w = torch.tensor(1.0, requires_grad=True)
hidden = w * 3  # requires grad, but is not a leaf
(hidden * 2).backward(retain_graph=True)
(hidden * 2).backward()

assert w.grad == 12  # 6 + 6: accumulated, not overwritten
assert (
    hidden.requires_grad
    and not hidden.is_leaf
    and hidden.grad_fn is not None
)
