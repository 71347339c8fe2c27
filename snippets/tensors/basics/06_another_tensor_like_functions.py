# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:158


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
batch = torch.rand(4, 3, device=device)  # (1)!

assert torch.zeros_like(batch).device == batch.device
assert torch.zeros_like(batch, device="cpu").device.type == "cpu"

template = torch.empty(4, 3, dtype=torch.float64, device="meta")
made = [
    torch.zeros_like(template),
    torch.ones_like(template),
    torch.full_like(template, 7.0),
    torch.rand_like(template),
    torch.randn_like(template),
    torch.empty_like(template),
]
for t in made:
    assert t.device.type == "meta" and t.dtype == torch.float64
    assert t.shape == template.shape
assert torch.zeros_like(template, device="cpu").device.type == "cpu"

images = torch.rand(2, 3, 8, 8).to(memory_format=torch.channels_last)
assert torch.zeros_like(images).is_contiguous(
    memory_format=torch.channels_last
)
