# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:482


import torch

logits = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
probabilities = logits.sigmoid()

probabilities.data.mul_(2)  # the same memory, but its own counter
assert probabilities._version == 0  # autograd cannot tell
probabilities.sum().backward()  # no error

s = torch.sigmoid(logits.detach())
assert not torch.allclose(
    logits.grad, s * (1 - s)
)  # not the gradient of sigmoid
