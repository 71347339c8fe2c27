# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:427


import torch

A = torch.arange(80).reshape(2, 2, 2, 10, 1, 1)
B = A.expand(69, 49, 27, -1, -1, -1, -1, -1, -1)

print(B.shape)
print(B.stride())
print(
    f"{B.numel():,} elements over {B.untyped_storage().nbytes()} bytes "
    "of storage"
)
print(
    "a contiguous copy would take "
    f"{B.numel() * B.element_size() / 1e6:.1f} MB"
)
assert B.data_ptr() == A.data_ptr()
assert torch.equal(B[68, 48, 26], A)
