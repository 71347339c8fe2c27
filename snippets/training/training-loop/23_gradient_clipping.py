# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1082


import torch

parameter = torch.nn.Parameter(torch.zeros(2))
parameter.grad = torch.tensor([3.0, 0.5])
torch.nn.utils.clip_grad_value_([parameter], clip_value=1.0)
assert parameter.grad.tolist() == [
    1.0,
    0.5,
]  # the ratio was 6 to 1, now 2 to 1
