# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:73
# continues: docs/training/models.md lines 13


import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden, out_features):
        super().__init__()  # (1)!
        self.flatten = nn.Flatten()
        self.layers = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, out_features),
        )

    def forward(self, x):
        return self.layers(self.flatten(x))  # (2)!


torch.manual_seed(0)
model = MLP(28 * 28, 512, 10)
print(model)

images = torch.rand(64, 1, 28, 28)
logits = model(images)  # (3)!
print(logits.shape)


for name, parameter in model.named_parameters():
    print(f"{name:16} {tuple(parameter.shape)}")
print(sum(p.numel() for p in model.parameters()), "parameters")
assert all(p.requires_grad for p in model.parameters())
