# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:101


import torch

x = torch.ones(5, 1, 4)
y = torch.ones(3, 1)

print((x + y).shape)
print(torch.broadcast_shapes(x.shape, y.shape))

big_x, big_y = torch.broadcast_tensors(x, y)  # (1)!
print(big_x.shape, big_x.stride(), big_y.stride())
assert (
    0 in big_x.stride() and 0 in big_y.stride()
)  # both operands are stretched
assert (
    big_x.data_ptr() == x.data_ptr()
    and big_y.data_ptr() == y.data_ptr()
)
