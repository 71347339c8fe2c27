# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:14


import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 2.0, 3.0])
alias = x
address = x.data_ptr()

x.mul_(2)  # (1)!
x += 1  # (2)!
x[0] = 0  # (3)!
torch.add(x, 1, out=x)  # (4)!
F.relu(x, inplace=True)  # (5)!
x.clamp_(max=7)

assert x is alias and x.data_ptr() == address
print(alias, x._version)  # (6)!
