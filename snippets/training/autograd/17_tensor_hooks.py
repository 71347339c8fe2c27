# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:673


import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 10
seen = []
y.register_hook(lambda grad: seen.append(grad.clone()))  # (1)!
handle = x.register_hook(lambda grad: grad.clamp(max=5.0))  # (2)!

y.sum().backward()
print(seen[0], x.grad)

handle.remove()
x.grad = None
(x * 10).sum().backward()
print(x.grad)
