# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:520


import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(10, 3), torch.randint(0, 2, (10,)))
loader = DataLoader(data, batch_size=4)  # batches of 4, 4 and 2
model, loss_fn = nn.Linear(3, 2), nn.CrossEntropyLoss()

for batch, (X, _) in enumerate(loader):
    seen = (batch + 1) * len(X)  # the note's "current"
assert batch == 2  # the last index, not the number of batches (3)
assert seen == 6 != len(data)  # wrong after the smaller last batch

with torch.no_grad():
    losses = [(loss_fn(model(X), y).item(), len(X)) for X, y in loader]
    per_sample = loss_fn(model(data.tensors[0]), data.tensors[1]).item()
mean_of_means = sum(loss for loss, _ in losses) / len(losses)
weighted = sum(loss * n for loss, n in losses) / len(data)
assert abs(weighted - per_sample) < 1e-6
assert abs(mean_of_means - per_sample) > 1e-3

w = torch.ones(2, requires_grad=True)
(w * 3).sum().backward()
(w * 3).sum().backward()
assert w.grad.tolist() == [6.0, 6.0]  # accumulated, not replaced

logits = torch.tensor([[0.1, 2.0, 0.3], [5.0, 0.0, 0.0]])
assert logits.argmax(dim=1).tolist() == [
    1,
    0,
]  # one class index per row
accuracy = (
    logits.argmax(dim=1) == torch.tensor([1, 2])
).sum().item() / 2
assert accuracy == 0.5  # a fraction; 50% only when multiplied by 100
