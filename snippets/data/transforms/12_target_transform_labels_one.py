# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:550
# since: torch=2.14


import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
labels = torch.tensor(
    [0, 2]
)  # int64 class indices, as a DataLoader batches them
one_hot = F.one_hot(labels, num_classes=3)  # int64 too

print(F.cross_entropy(logits, labels))
assert torch.allclose(
    F.cross_entropy(logits, one_hot.float()),
    F.cross_entropy(logits, labels),
)

for target in (one_hot, labels.float()):
    try:
        F.cross_entropy(logits, target)
    except RuntimeError as error:
        print(f"{target.dtype}, shape {list(target.shape)}: {error}")
