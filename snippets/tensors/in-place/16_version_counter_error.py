# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:414
# raises: RuntimeError


import torch

logits = torch.ones(3, requires_grad=True)
probabilities = logits.sigmoid()  # saved at version 0
probabilities.mul_(2)  # now version 1
probabilities.sum().backward()
