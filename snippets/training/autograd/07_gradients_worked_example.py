# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:256


import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2

rows = []
for i in range(3):
    (row,) = torch.autograd.grad(
        y, x, torch.eye(3)[i], retain_graph=True
    )
    rows.append(row)

jacobian = torch.autograd.functional.jacobian(lambda t: t**2, x)
assert torch.equal(torch.stack(rows), jacobian)
assert torch.equal(jacobian, torch.diag(2 * x.detach()))
