# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:150


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
batch = torch.rand(4, 3, device=device)

assert torch.zeros_like(batch).device == batch.device
assert torch.zeros_like(batch, device="cpu").device.type == "cpu"

images = torch.rand(2, 3, 8, 8).to(memory_format=torch.channels_last)
assert torch.zeros_like(images).is_contiguous(
    memory_format=torch.channels_last
)
