# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:292


import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
bias = torch.zeros(3, requires_grad=True)  # stretched over the 4 rows
scale = torch.ones(
    4, 1, requires_grad=True
)  # stretched over the 3 columns

out = x * scale + bias
upstream = torch.randn(4, 3)  # any gradient flowing back into `out`
out.backward(upstream)

assert bias.grad.shape == (3,) and scale.grad.shape == (4, 1)
assert torch.allclose(bias.grad, upstream.sum(dim=0))
assert torch.allclose(
    scale.grad, (upstream * x).sum(dim=1, keepdim=True)
)
