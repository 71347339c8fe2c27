# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:486


import torch

w = torch.ones(2, requires_grad=True)
(w * 3).sum().backward()
(w * 3).sum().backward()
assert w.grad.tolist() == [6.0, 6.0]  # accumulated, not replaced

logits = torch.tensor([[0.1, 2.0, 0.3], [5.0, 0.0, 0.0]])
assert logits.argmax(dim=1).tolist() == [1, 0]  # one class index per row
