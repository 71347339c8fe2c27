# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:463


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
on_device = torch.ones(3, device=device)

try:
    on_device.numpy()
    assert on_device.device.type == "cpu"  # only the CPU gets this far
except TypeError as error:
    assert (
        "can't convert" in str(error) and on_device.device.type != "cpu"
    )
