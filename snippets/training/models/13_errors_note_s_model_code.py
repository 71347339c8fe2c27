# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:497
# raises: AttributeError


import torch
from torch import nn


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(nn.Linear(28 * 28, 10))

    def forward(self, x):
        return self.linar_relu_stack(self.flatten(x))


model = NeuralNetwork()
model(torch.rand(1, 28, 28))
