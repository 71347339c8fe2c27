# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:222


import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, 2.0])
original = x

x = x + F.relu(x, inplace=True)

print(x)
print(original)
