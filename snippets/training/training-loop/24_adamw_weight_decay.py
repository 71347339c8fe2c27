# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/training-loop.md:926


import torch

start = torch.tensor([10.0, 0.1])


def one_step(optimizer_class):
    parameter = torch.nn.Parameter(start.clone())
    optimizer = optimizer_class([parameter], lr=0.01, weight_decay=0.1)
    parameter.grad = torch.zeros_like(parameter)
    optimizer.step()
    return parameter.detach()


print("AdamW", one_step(torch.optim.AdamW))
print("Adam ", one_step(torch.optim.Adam))
assert torch.allclose(one_step(torch.optim.AdamW), start * (1 - 0.01 * 0.1))  # (1)!
assert torch.allclose(one_step(torch.optim.Adam), start - 0.01, atol=1e-5)  # (2)!

parameters = [torch.nn.Parameter(start.clone())]
assert torch.optim.AdamW(parameters).defaults["weight_decay"] == 0.01
assert torch.optim.Adam(parameters).defaults["weight_decay"] == 0
