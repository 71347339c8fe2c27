# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:379


import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU())
head = nn.Linear(8, 2)
model = nn.Sequential(backbone, head)

backbone.requires_grad_(False)
trainable = [p for p in model.parameters() if p.requires_grad]
optimizer = torch.optim.SGD(trainable, lr=0.1)
total = sum(p.numel() for p in model.parameters())
print(
    f"{sum(p.numel() for p in trainable)} of {total} parameter values "
    "train"
)

frozen = {name: t.clone() for name, t in backbone.state_dict().items()}
head_before = head.weight.detach().clone()
for _ in range(3):
    model.train()
    backbone.eval()  # (1)!
    x, y = torch.randn(16, 4), torch.randint(0, 2, (16,))
    loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
assert all(
    torch.equal(t, frozen[name])
    for name, t in backbone.state_dict().items()
)
assert not torch.equal(head.weight, head_before)

model.train()  # (2)!
model(torch.randn(16, 4))
assert not torch.equal(
    backbone[1].running_mean, frozen["1.running_mean"]
)
