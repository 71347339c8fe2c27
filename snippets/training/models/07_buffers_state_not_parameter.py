# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:226


import torch
from torch import nn


class Normalizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.zeros(3))
        self.register_buffer(
            "scratch", torch.zeros(3), persistent=False
        )
        self.plain = torch.zeros(3)  # (1)!
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        return self.fc(x - self.mean)


model = Normalizer()
print([name for name, _ in model.named_parameters()])
print([name for name, _ in model.named_buffers()])
print(list(model.state_dict()))

model.to("meta")  # (2)!
print(model.mean.device, model.scratch.device, model.plain.device)
