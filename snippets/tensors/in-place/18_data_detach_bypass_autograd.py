# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:468
# raises: RuntimeError


import torch

logits = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
probabilities = logits.sigmoid()  # saves its output

probabilities.detach().mul_(2)  # the same memory, and the same counter
assert probabilities._version == 1
probabilities.sum().backward()
