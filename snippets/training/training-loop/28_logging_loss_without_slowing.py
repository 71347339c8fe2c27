# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1294


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
torch.manual_seed(0)
model = nn.Linear(4, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = (
    torch.randn(40, 4, device=device),
    torch.randn(40, 1, device=device),
)

running, every, logged = torch.zeros((), device=device), 10, []
for step in range(1, 41):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    running += loss.detach()  # (1)!
    if step % every == 0:
        logged.append(running.item() / every)  # (2)!
        running.zero_()
print(" ".join(f"{value:.4f}" for value in logged))
assert not running.requires_grad and (running + loss).requires_grad
