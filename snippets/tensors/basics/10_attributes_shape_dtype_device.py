# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:283


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

on_cpu = torch.rand(3, 4)
created_there = torch.rand(3, 4, device=device)  # (1)!
moved = on_cpu.to(device)  # (2)!

assert on_cpu.device.type == "cpu"
assert (
    created_there.device.type
    == moved.device.type
    == torch.device(device).type
)
assert on_cpu.to("cpu") is on_cpu

torch.manual_seed(0)
drawn_there = torch.rand(3, device=device)
torch.manual_seed(0)
drawn_on_cpu = torch.rand(3).to(device)
assert torch.equal(drawn_there, drawn_on_cpu) == (
    torch.device(device).type == "cpu"
)  # (3)!
