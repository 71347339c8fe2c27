# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:524


import operator

import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)

for name, write in {
    "B.add_(1)": lambda: B.add_(1),
    "B.mul_(2)": lambda: B.mul_(2),
    "B.relu_()": lambda: B.relu_(),
    "B.copy_(A)": lambda: B.copy_(A),
    "B[0] += 1": lambda: operator.iadd(B[0], 1),
}.items():
    try:
        write()
    except RuntimeError as error:
        print(f"{name}: refused ({str(error).split('.')[0]})")
assert torch.equal(A.flatten(), torch.arange(80))  # nothing was written
