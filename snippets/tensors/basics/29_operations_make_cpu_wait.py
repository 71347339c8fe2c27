# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/basics.md:753


import torch

device = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else "cpu"
kind = torch.device(device).type
x = torch.rand(1000, device=device)
total = x.sum()  # on an accelerator: queued, returns at once

waits = {
    ".item()": lambda: total.item(),
    ".tolist()": lambda: x[:3].tolist(),
    ".cpu()": lambda: x.cpu(),
    "printing": lambda: repr(total),
    "bool": lambda: bool(total > 0),
}
if kind == "cuda":
    torch.cuda.set_sync_debug_mode("error")  # (1)!
    try:
        doubled = x * 2  # queued: no wait, no error
        for name, wait in waits.items():
            try:
                wait()
                raise AssertionError(f"{name} did not synchronise")
            except RuntimeError as error:
                assert "synchronizing" in str(error), name
    finally:
        torch.cuda.set_sync_debug_mode("default")
else:
    assert x.cpu() is x  # already on the host: nothing to copy, nothing to wait for
