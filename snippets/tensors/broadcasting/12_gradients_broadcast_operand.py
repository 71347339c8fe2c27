# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:318
# continues: docs/tensors/broadcasting.md lines 292


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


def bias_grad(rows, reduce):
    bias = torch.zeros(3, requires_grad=True)
    reduce(torch.ones(rows, 3) + bias).backward()
    return bias.grad


assert torch.equal(bias_grad(8, torch.sum), 2 * bias_grad(4, torch.sum))
assert torch.equal(bias_grad(8, torch.mean), bias_grad(4, torch.mean))
