# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:18


import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
c = a + b
d = b + 1
e = c * d


def show(node, depth=0):  # (1)!
    print("  " * depth + type(node).__name__)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


print(e)
print(a.is_leaf, b.is_leaf, c.is_leaf, e.is_leaf)
show(e.grad_fn)
