# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:715


import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
log = []


def pre_hook(module, args):
    log.append(
        f"pre      {type(module).__name__}: input "
        f"{tuple(args[0].shape)}"
    )


def forward_hook(module, args, output):
    log.append(
        f"forward  {type(module).__name__}: output "
        f"{tuple(output.shape)}"
    )


def backward_hook(module, grad_input, grad_output):
    log.append(
        f"backward {type(module).__name__}: grad_output "
        f"{tuple(grad_output[0].shape)}"
    )


handles = []
for layer in model:
    handles.append(layer.register_forward_pre_hook(pre_hook))
    handles.append(layer.register_forward_hook(forward_hook))
for layer in model[1:]:  # (1)!
    handles.append(layer.register_full_backward_hook(backward_hook))

model(torch.randn(3, 4)).sum().backward()
print("\n".join(log))

for handle in handles:
    handle.remove()
log.clear()
model(torch.randn(3, 4))
assert log == []
