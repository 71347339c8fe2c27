# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:320


import torch

logits = torch.ones(3, requires_grad=True)

shifted = logits + 1  # addition saves nothing
shifted.mul_(2)
shifted.sum().backward()
print(logits.grad)

probabilities = logits.sigmoid()
doubled = probabilities * 2  # out of place: the saved output keeps version 0
doubled.sum().backward()
assert probabilities._version == 0
