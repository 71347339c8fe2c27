# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/views.md:362


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)

print(B.shape)
print(B.stride())
print(f"{B.numel():,} elements over {B.untyped_storage().nbytes()} bytes of storage")
print(f"a contiguous copy would take {B.numel() * B.element_size() / 1e6:.1f} MB")
assert B.data_ptr() == A.data_ptr()
assert torch.equal(B[68, 48, 26], A)
