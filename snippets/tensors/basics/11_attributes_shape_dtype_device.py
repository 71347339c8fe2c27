# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:316


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
created = [
    torch.tensor([1.0, 2.0], device=device),
    torch.zeros(2, device=device),
    torch.rand(2, device=device),
    torch.arange(2, device=device),
    torch.full((2,), 7.0, device=device),
]
assert all(t.device.type == torch.device(device).type for t in created)
