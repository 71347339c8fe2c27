# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/training-loop.md:399


import torch

w = torch.tensor(1.0, requires_grad=True)
hidden = w * 3  # requires grad, but is not a leaf
(hidden * 2).backward(retain_graph=True)
(hidden * 2).backward()

assert w.grad == 12  # 6 + 6: accumulated, not overwritten
assert hidden.requires_grad and not hidden.is_leaf and hidden.grad_fn is not None
