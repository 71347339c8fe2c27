# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/broadcasting.md:69


import torch

x = torch.ones(5, 1, 4)
y = torch.ones(3, 1)

print((x + y).shape)
print(torch.broadcast_shapes(x.shape, y.shape))

big_x, big_y = torch.broadcast_tensors(x, y)  # (1)!
print(big_y.shape, big_y.stride())
assert big_y.data_ptr() == y.data_ptr()
