# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:560


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)
release = tuple(int(part) for part in torch.__version__.split(".")[:2])

try:
    B[0] = 5
except RuntimeError:
    assert release < (2, 15)  # refused up to torch 2.14
    assert torch.equal(A.flatten(), torch.arange(80))
else:
    assert release >= (2, 15)  # a fill from torch 2.15 on
    assert (A == 5).all()
