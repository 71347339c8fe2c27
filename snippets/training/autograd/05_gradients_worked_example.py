# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:207


import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
c = a + b
d = b + 1
e = c * d

(c_node, _), (d_node, _) = e.grad_fn.next_functions
assert c_node is c.grad_fn and d_node is d.grad_fn  # c -> e, d -> e
(a_node, _), (b_node, _) = c_node.next_functions
assert a_node.variable is a and b_node.variable is b  # a -> c, b -> c
assert (
    d_node.next_functions[0][0].variable is b
    and d_node.next_functions[1][0] is None
)
