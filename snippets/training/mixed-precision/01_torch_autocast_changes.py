# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:29


import torch
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
device_type = torch.device(device).type
bf16 = device_type != "cuda" or torch.cuda.is_bf16_supported(
    including_emulation=False
)  # (1)!
amp_dtype = torch.bfloat16 if bf16 else torch.float16

torch.manual_seed(0)
model = nn.Linear(8, 4).to(device)
x = torch.randn(16, 8, device=device)
y = torch.randint(0, 4, (16,), device=device)

with torch.autocast(device_type=device_type, dtype=amp_dtype):
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
loss.backward()  # (2)!

assert logits.dtype == amp_dtype
assert loss.dtype == torch.float32
assert model.weight.dtype == torch.float32
assert model.weight.grad.dtype == torch.float32
assert torch.get_autocast_dtype("cpu") == torch.bfloat16
assert torch.get_autocast_dtype("cuda") == torch.float16  # (3)!
