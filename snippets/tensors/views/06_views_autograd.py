# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:240


import torch

weights = torch.ones(2, 3, requires_grad=True)
activations = weights * 2  # not a leaf
first_row = activations[0]  # a view, and it requires grad
first_row.mul_(10)  # writes into `activations`, and autograd records it

assert first_row.requires_grad and activations[0, 0] == 20
assert type(activations.grad_fn).__name__ == "CopySlices"
activations.sum().backward()
assert weights.grad.tolist() == [[20.0, 20.0, 20.0], [2.0, 2.0, 2.0]]
assert weights.T.reshape(
    6
).requires_grad  # any view or reshape stays in the graph
