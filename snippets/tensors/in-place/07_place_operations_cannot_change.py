# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:195
# raises: RuntimeError


import torch

counts = torch.tensor([1, 2, 3])
assert (counts + 0.5).dtype == torch.float32  # out of place: a new float tensor
counts += 0.5
