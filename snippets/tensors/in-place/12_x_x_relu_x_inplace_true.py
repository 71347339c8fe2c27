# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:335


import torch
import torch.nn.functional as F

x = torch.tensor([-3.0, 2.0])
caller_holds = x
x = x + F.relu(x, inplace=True)

assert x.tolist() == [
    0.0,
    4.0,
]  # relu(x) + relu(x), not x + relu(x) = [-3, 4]
assert caller_holds.tolist() == [0.0, 2.0]  # the input changed too
