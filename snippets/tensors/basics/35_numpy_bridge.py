# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1211
# raises: RuntimeError


import torch

weights = torch.ones(3, requires_grad=True)
with torch.no_grad():
    assert (weights * 2).numpy().tolist() == [2.0, 2.0, 2.0]
weights.numpy()  # a leaf: no history, but it requires grad
