# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:424


import torch

torch.manual_seed(0)
scores = torch.rand(3, 3)  # B == L: nothing fails
low = torch.tensor([0.2, 0.4, 0.0])

per_sample = scores >= low[:, None]
per_column = scores >= low  # low[j] is compared with column j
assert torch.equal(per_column, scores >= low[None, :])
assert not torch.equal(per_sample, per_column)
