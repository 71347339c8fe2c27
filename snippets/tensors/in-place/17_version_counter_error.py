# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:431


import torch

logits = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)

shifted = logits + 1  # addition saves nothing for backward
shifted.mul_(2)  # so changing its output is fine
shifted.sum().backward()
print(logits.grad)

logits.grad = None
probabilities = logits.sigmoid()  # saves its output
doubled = (
    probabilities * 2
)  # out of place: the saved output is not touched
doubled.sum().backward()

s = torch.sigmoid(logits.detach())
assert torch.allclose(
    logits.grad, 2 * s * (1 - s)
)  # d/dx of 2 * sigmoid(x)
