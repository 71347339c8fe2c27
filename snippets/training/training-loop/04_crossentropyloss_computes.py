# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:208


import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
labels = torch.tensor([2, 0, 1, 2])
one_hot = nn.functional.one_hot(
    labels, num_classes=3
)  # int64, shape (4, 3)
loss_fn = nn.CrossEntropyLoss()

by_index = loss_fn(logits, labels)
assert torch.allclose(
    loss_fn(logits, one_hot.float()), by_index
)  # same loss

soft = one_hot * 0.9 + 0.1 / 3  # float: each row still sums to 1
log_probs = torch.log_softmax(logits, dim=1)
assert torch.allclose(
    loss_fn(logits, soft), -(soft * log_probs).sum(1).mean()
)
smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels)
assert torch.allclose(loss_fn(logits, soft), smoothed)
assert not torch.allclose(loss_fn(logits, soft), by_index)

refused = {
    "integer one-hot": (loss_fn, one_hot),
    "ignore_index": (nn.CrossEntropyLoss(ignore_index=0), soft),
}
for name, (fn, target) in refused.items():
    try:
        fn(logits, target)
        raise AssertionError(f"{name} accepted")
    except RuntimeError as error:
        assert "floating point" in str(error)  # (1)!
