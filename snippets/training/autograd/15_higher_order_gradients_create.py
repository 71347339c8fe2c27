# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:571


import torch

x = torch.tensor(2.0, requires_grad=True)
(first,) = torch.autograd.grad(x**3, x, create_graph=True)
(second,) = torch.autograd.grad(first, x)
assert first == 3 * 2**2 and second == 6 * 2  # 3x² and 6x at x = 2

(plain,) = torch.autograd.grad(x**3, x)
assert first.requires_grad and not plain.requires_grad  # (1)!

w = torch.tensor([1.0, 2.0], requires_grad=True)
inputs = torch.tensor([3.0, 4.0], requires_grad=True)
(grad_inputs,) = torch.autograd.grad(
    (w * inputs).sum(), inputs, create_graph=True
)
penalty = grad_inputs.pow(2).sum()  # (2)!
penalty.backward()
assert torch.equal(w.grad, 2 * w.detach())
