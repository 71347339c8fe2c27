# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:505


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

host = torch.arange(1_000_000, dtype=torch.float32)
if torch.accelerator.is_available():
    host = host.pin_memory()  # (1)!
    assert host.is_pinned()

on_device = host.to(device, non_blocking=True)
total = on_device.sum()
back = on_device.to("cpu", non_blocking=True)
if torch.accelerator.is_available():
    torch.accelerator.synchronize()  # (2)!
assert torch.equal(back, host)

if torch.device(device).type == "cuda":
    torch.cuda.set_sync_debug_mode("error")
    host.to(device, non_blocking=True)  # queued: no wait
    for waits in (lambda: total.item(), lambda: on_device.cpu()):
        try:
            waits()
        except RuntimeError as error:
            assert "synchronizing" in str(error)
        else:
            raise AssertionError("expected a synchronizing call")
    torch.cuda.set_sync_debug_mode("default")
