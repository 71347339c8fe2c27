# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:206
# raises: RuntimeError


import torch

counts = torch.tensor([1, 2, 3])
assert (
    counts + 0.5
).dtype == torch.float32  # out of place: a new float tensor
counts += 0.5
