# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:584


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)

B[0, 0, 0, 0, 0, 0, 0] = -1  # (1)!
A[1, 1, 1, 9] = -2

assert (
    B[..., 0, 0, 0, 0, 0, 0] == -1
).all()  # all 69 * 49 * 27 copies changed
assert (B[..., 1, 1, 1, 9, 0, 0] == -2).all()
assert A.flatten()[0] == -1 and A.flatten()[-1] == -2

B.zero_()
assert (A == 0).all()
