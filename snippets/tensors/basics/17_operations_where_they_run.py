# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:583


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

for where in ("meta", device):
    tensor = torch.ones(3, device=where)
    try:
        tensor.numpy()
        assert tensor.device.type == "cpu"  # only the CPU gets this far
    except TypeError as error:
        assert (
            "can't convert" in str(error)
            and tensor.device.type != "cpu"
        )
