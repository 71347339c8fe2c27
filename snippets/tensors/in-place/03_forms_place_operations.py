# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:87


import torch

x = torch.zeros(3)
alias = x
x += 1
x[0] = 5
torch.mul(x, 2, out=x)
torch.nn.functional.relu(x, inplace=True)
assert (
    x is alias and alias._version == 4
)  # four in-place writes into x (private counter)
assert alias.tolist() == [10.0, 2.0, 2.0]
