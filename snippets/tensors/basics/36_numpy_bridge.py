# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1228


import torch

weights = torch.ones(3, requires_grad=True)
detached = weights.detach()

assert (
    detached is not weights and not detached.requires_grad
)  # a new tensor...
assert (
    detached.data_ptr() == weights.data_ptr()
)  # ...over the same memory
assert detached.cpu() is detached  # already on the CPU: the same object

array = weights.detach().cpu().numpy()
array[0] = 5.0
assert weights[0] == 5.0  # the parameter changed
