# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:517


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
)
amp_dtype = torch.bfloat16 if bf16 else torch.float16

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 2)
).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler(
    device_type, enabled=amp_dtype == torch.float16
)
x = torch.randn(256, 20, device=device)
y = (x[:, 0] > 0).long()

for step in range(50):
    with torch.autocast(device_type=device_type, dtype=amp_dtype):
        loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    scaler.scale(loss).backward()
    scaler.unscale_(optimizer)
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)
    scaler.update()
    if step % 10 == 0:
        print(f"step {step:2}: loss {loss.item():.3f}")

assert all(p.dtype == torch.float32 for p in model.parameters())
if not scaler.is_enabled():
    assert scaler.scale(loss) is loss
