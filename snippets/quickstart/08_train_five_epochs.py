# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:286
# continues: docs/quickstart.md lines 30, 69, 111, 140, 194, 212, 257
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)
# timeout: 900
# writes: curves.svg


import torch
from torchvision import datasets
from torchvision.transforms import v2

transform = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
)  # (1)!

training_data = datasets.FashionMNIST(
    root="data", train=True, download=True, transform=transform
)
test_data = datasets.FashionMNIST(
    root="data",
    train=False,  # (2)!
    download=True,
    transform=transform,
)
print(
    f"{len(training_data)} training images, {len(test_data)} test "
    "images"
)


import matplotlib.pyplot as plt

classes = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
]

generator = torch.Generator().manual_seed(0)
picks = torch.randint(
    len(training_data), size=(9,), generator=generator
)
figure, axes = plt.subplots(3, 3, figsize=(6, 6))
for ax, index in zip(axes.flat, picks.tolist(), strict=True):
    image, label = training_data[index]
    ax.imshow(image.squeeze(0).numpy(), cmap="gray")
    ax.set_title(classes[label])
    ax.axis("off")
figure.tight_layout()
figure.savefig("samples.svg")


from torch.utils.data import DataLoader

batch_size = 64
train_dataloader = DataLoader(
    training_data, batch_size=batch_size, shuffle=True
)
test_dataloader = DataLoader(test_data, batch_size=batch_size)

X, y = next(iter(test_dataloader))
print(f"X: {list(X.shape)} {X.dtype}, y: {list(y.shape)} {y.dtype}")
print(
    "the last test batch holds "
    f"{len(test_data) % batch_size or batch_size} images"
)


from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        return self.linear_relu_stack(x)  # (1)!


torch.manual_seed(0)
model = NeuralNetwork().to(device)
print(f"using {device}")
print(model)


loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)  # (1)!


def train(dataloader, model, loss_fn, optimizer):
    model.train()  # (1)!
    total_loss = 0.0
    for X, y in dataloader:
        X, y = X.to(device), y.to(device)
        loss = loss_fn(model(X), y)

        loss.backward()  # (2)!
        optimizer.step()
        optimizer.zero_grad()
        total_loss += loss.item() * len(X)  # (3)!
    return total_loss / len(dataloader.dataset)


def test(dataloader, model, loss_fn):
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():  # (4)!
        for X, y in dataloader:
            X, y = X.to(device), y.to(device)
            pred = model(X)
            total_loss += loss_fn(pred, y).item() * len(X)
            correct += (pred.argmax(dim=1) == y).sum().item()  # (5)!
    size = len(dataloader.dataset)
    return total_loss / size, correct / size


epochs = 5
history = []
for epoch in range(1, epochs + 1):
    train_loss = train(train_dataloader, model, loss_fn, optimizer)
    test_loss, accuracy = test(test_dataloader, model, loss_fn)
    history.append((train_loss, test_loss, accuracy))
    print(
        f"epoch {epoch}: train loss {train_loss:.4f}, "
        f"test loss {test_loss:.4f}, accuracy {100 * accuracy:.1f}%"
    )


figure, (loss_ax, accuracy_ax) = plt.subplots(1, 2, figsize=(9, 3.5))
epoch_numbers = range(1, epochs + 1)
loss_ax.plot(
    epoch_numbers, [h[0] for h in history], marker="o", label="train"
)
loss_ax.plot(
    epoch_numbers, [h[1] for h in history], marker="o", label="test"
)
loss_ax.set(
    xlabel="epoch",
    ylabel="cross-entropy loss",
    title="Loss",
    xticks=epoch_numbers,
)
loss_ax.legend()
accuracy_ax.plot(
    epoch_numbers, [100 * h[2] for h in history], marker="o", color="C2"
)
accuracy_ax.set(
    xlabel="epoch",
    ylabel="test accuracy (%)",
    title="Accuracy",
    xticks=epoch_numbers,
)
figure.tight_layout()
figure.savefig("curves.svg")
