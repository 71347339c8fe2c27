# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/in-place.md:396
# raises: RuntimeError


import torch

logits = torch.ones(3, requires_grad=True)
probabilities = logits.sigmoid()  # saved at version 0
probabilities.mul_(2)  # now version 1
probabilities.sum().backward()
