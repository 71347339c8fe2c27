# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:253


import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 2.0])
a, b = x.clone(), x.clone()
assert torch.equal(
    a + F.relu(a, inplace=True), F.relu(b, inplace=True) + b
)

residual = x + F.relu(x)
print(residual, x)
