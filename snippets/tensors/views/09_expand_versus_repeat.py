# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:325


import torch

base = torch.tensor([[10], [20], [30]])  # shape (3, 1)
expanded = base.expand(3, 4)
repeated = base.repeat(1, 4)

print(expanded)
print(expanded.stride(), repeated.stride())
assert torch.equal(expanded, repeated)
assert expanded.data_ptr() == base.data_ptr()
assert (
    expanded.untyped_storage().nbytes() == 3 * 8
)  # still the three int64 values
assert repeated.untyped_storage().nbytes() == 12 * 8
