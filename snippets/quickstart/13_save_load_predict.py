# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:481


import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
labels = torch.tensor([0, 2])
loss = nn.CrossEntropyLoss()(logits, labels)

log_probabilities = torch.log_softmax(logits, dim=1)
by_hand = -log_probabilities[torch.arange(2), labels].mean()
torch.testing.assert_close(loss, by_hand)

wrong = nn.CrossEntropyLoss()(torch.softmax(logits, dim=1), labels)
assert wrong > loss + 0.3  # softmax applied twice: a different number
