# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:438


import torch

capacity, n, cols = 1000, 300, 256
buffer = torch.empty(capacity, cols)
buffer[:n] = torch.randn(n, cols)  # only n rows were produced

kept = buffer[:n]
trimmed = buffer[:n].clone()
del buffer

print(
    kept.shape,
    kept.untyped_storage().nbytes(),
    trimmed.untyped_storage().nbytes(),
)
assert (
    kept.untyped_storage().nbytes() == capacity * cols * 4
)  # all 1000 rows live on
assert trimmed.untyped_storage().nbytes() == n * cols * 4
assert torch.equal(kept, trimmed)
