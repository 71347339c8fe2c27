# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:349


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)


def create(where):
    return [
        torch.tensor([1.0, 2.0], device=where),
        torch.zeros(2, device=where),
        torch.rand(2, device=where),
        torch.arange(2, device=where),
        torch.full((2,), 7.0, device=where),
    ]


for where in (device, "meta"):
    kind = torch.device(where).type
    assert all(t.device.type == kind for t in create(where))
