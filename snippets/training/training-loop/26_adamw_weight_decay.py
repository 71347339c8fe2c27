# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1200


import torch

signs = torch.tensor([1.0, -1.0]).repeat(50)  # 100 steps, no net push
scale = torch.tensor(
    [1.0, 0.001]
)  # large gradients for weight 0, small for weight 1


def train(optimizer_class, weight_decay):
    parameter = torch.nn.Parameter(torch.ones(2))
    optimizer = optimizer_class(
        [parameter], lr=0.01, weight_decay=weight_decay
    )
    for sign in signs:
        parameter.grad = sign * scale
        optimizer.step()
    return parameter.detach()


def decay_effect(optimizer_class):
    return train(optimizer_class, 0.1) - train(optimizer_class, 0.0)


print("AdamW", decay_effect(torch.optim.AdamW))
print("Adam ", decay_effect(torch.optim.Adam))
adamw, adam = (
    decay_effect(torch.optim.AdamW),
    decay_effect(torch.optim.Adam),
)
assert torch.allclose(adamw[0], adamw[1], rtol=0.01)  # (1)!
assert adam[1] < 5 * adam[0] < 0  # (2)!

parameters = [torch.nn.Parameter(torch.ones(2))]
assert torch.optim.AdamW(parameters).defaults["weight_decay"] == 0.01
assert torch.optim.Adam(parameters).defaults["weight_decay"] == 0
