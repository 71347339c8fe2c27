# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/no-grad.md:650


import torch
from torch import nn

model = nn.Linear(3, 2).eval()
output = model(torch.ones(1, 3))
assert not model.training
assert torch.is_grad_enabled() and not torch.is_inference_mode_enabled()
assert output.requires_grad and output.grad_fn is not None
assert not output.is_inference()
