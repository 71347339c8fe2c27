# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:682


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)

try:
    B[0] += 1  # part of the expanded tensor: refused
    raise AssertionError("the write went through")
except RuntimeError as error:
    assert "refers to a single memory location" in str(error)
assert torch.equal(A.flatten(), torch.arange(80))  # nothing changed

A[0, 0, 0, 0] = -1  # the original: every expanded copy of it changes
assert (B[..., 0, 0, 0, 0, 0, 0] == -1).all()
