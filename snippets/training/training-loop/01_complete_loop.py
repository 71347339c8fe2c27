# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:21


import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
torch.manual_seed(0)

points = torch.randn(1024, 2)
labels = (points[:, 0] * points[:, 1] > 0).long()
train_loader = DataLoader(
    TensorDataset(points[:768], labels[:768]),
    batch_size=32,
    shuffle=True,
)
test_loader = DataLoader(
    TensorDataset(points[768:], labels[768:]), batch_size=256
)

model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 2))
model = model.to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
epochs = 10
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(
    optimizer, T_max=epochs
)


def train_one_epoch():
    model.train()  # (1)!
    for x, y in train_loader:
        x, y = x.to(device), y.to(device)
        loss = loss_fn(model(x), y)
        optimizer.zero_grad()  # (2)!
        loss.backward()
        optimizer.step()


def evaluate():
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():  # (3)!
        for x, y in test_loader:
            x, y = x.to(device), y.to(device)
            logits = model(x)
            total_loss += loss_fn(logits, y).item() * len(y)  # (4)!
            correct += (logits.argmax(dim=1) == y).sum().item()
    size = len(test_loader.dataset)
    return total_loss / size, correct / size


for epoch in range(1, epochs + 1):
    lr = scheduler.get_last_lr()[0]
    train_one_epoch()
    scheduler.step()  # (5)!
    loss, accuracy = evaluate()
    print(
        f"epoch {epoch:2}: lr {lr:.4f}, test loss {loss:.3f}, accuracy "
        f"{accuracy:.1%}"
    )
