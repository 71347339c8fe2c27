# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:997


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
kind = torch.device(device).type
x = torch.rand(1000, device=device)
total = x.sum()  # on an accelerator: queued, returns at once
counts = torch.tensor([2, 0, 3], device=device)

waits = {
    ".item()": lambda: total.item(),
    ".tolist()": lambda: x[:3].tolist(),
    ".cpu()": lambda: x.cpu(),
    "printing": lambda: repr(total),
    "bool": lambda: bool(total > 0),
    "nonzero": lambda: x.nonzero(),
    "mask": lambda: x[x > 0.5],
    "masked_select": lambda: x.masked_select(x > 0.5),
    "unique": lambda: counts.unique(),
    "repeat_interleave": lambda: torch.repeat_interleave(counts),
}
if kind == "cuda":
    torch.cuda.set_sync_debug_mode("error")  # (1)!
    try:
        doubled = x * 2  # queued: no wait, no error
        torch.repeat_interleave(
            counts, output_size=5
        )  # size given: no wait
        for name, wait in waits.items():
            try:
                wait()
                raise AssertionError(f"{name} did not synchronise")
            except RuntimeError as error:
                assert "synchronizing" in str(error), name
    finally:
        torch.cuda.set_sync_debug_mode("default")
else:
    assert (
        x.cpu() is x
    )  # already on the host: nothing to copy, nothing to wait for

# On every device: the shapes depend on the values, not only on x.shape
assert (x > 2).nonzero().shape == (0, 1)
assert (x >= 0).nonzero().shape == (1000, 1)
assert x[x > 2].shape == (0,) and x[x >= 0].shape == (1000,)
assert x.masked_select(x > 2).shape == (0,)
assert counts.unique().shape == (3,) and (
    counts * 0
).unique().shape == (1,)
expected = torch.tensor([0, 0, 2, 2, 2], device=device)
assert torch.equal(torch.repeat_interleave(counts), expected)
assert torch.equal(
    torch.repeat_interleave(counts, output_size=5), expected
)
