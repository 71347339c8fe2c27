# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:163


import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)  # 4 samples, 3 classes
labels = torch.tensor([2, 0, 1, 2])
loss = nn.CrossEntropyLoss()(logits, labels)

log_probs = torch.log_softmax(logits, dim=1)
assert torch.allclose(loss, -log_probs[torch.arange(4), labels].mean())
assert torch.allclose(loss, nn.functional.nll_loss(log_probs, labels))

loss.backward()  # (1)!
one_hot = nn.functional.one_hot(labels, num_classes=3)
assert torch.allclose(
    logits.grad, (logits.softmax(dim=1) - one_hot) / 4
)

twice = nn.CrossEntropyLoss()(logits.softmax(dim=1), labels)
print(
    f"logits: {loss.item():.4f}, softmax applied first: "
    f"{twice.item():.4f}"
)
