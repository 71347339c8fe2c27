# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1178


import numpy as np
import torch

t = torch.ones(5)
n = t.numpy()
t.add_(1)
print(t)
print(n)
assert np.shares_memory(n, np.asarray(t))

a = np.ones(5)
shared = torch.from_numpy(a)
copied = torch.tensor(a)
np.add(a, 1, out=a)
print(shared)
print(copied)
