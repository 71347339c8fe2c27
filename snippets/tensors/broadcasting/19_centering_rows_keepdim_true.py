# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:482


import torch

torch.manual_seed(0)
data = torch.rand(3, 3)

centered = data - data.mean(dim=1, keepdim=True)  # (3, 3) - (3, 1)
wrong = data - data.mean(
    dim=1
)  # (3, 3) - (3,): aligned with the columns

assert torch.allclose(centered.mean(dim=1), torch.zeros(3), atol=1e-6)
assert not torch.allclose(wrong.mean(dim=1), torch.zeros(3), atol=1e-6)
