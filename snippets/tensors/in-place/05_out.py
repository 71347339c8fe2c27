# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:160


import warnings

import torch

buffer = torch.empty(2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.add(torch.ones(3), 1, out=buffer)

assert (
    buffer.shape == (3,) and buffer.untyped_storage().nbytes() == 3 * 4
)  # new memory
assert "An output with one or more elements was resized" in str(
    caught[0].message
)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    torch.add(torch.ones(3), 1, out=torch.empty(0))  # no warning
