# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/in-place.md:119


import torch

x = torch.tensor([[0.5, 1.5], [2.5, 3.5]])  # float32
for reduce in (torch.sum, torch.mean, torch.cumsum, torch.add):
    for dtype in (torch.float64, torch.float16):
        out = torch.empty(0, dtype=dtype)
        reduce(x, 1, out=out)  # (1)!
        assert out.dtype == dtype
        assert torch.equal(out, reduce(x, 1).to(dtype))

wide = torch.empty(0, dtype=torch.int64)
torch.sum(torch.full((3,), 200, dtype=torch.uint8), 0, out=wide)
assert (
    wide == 600
)  # summed in int64; in uint8 it would wrap around to 88
torch.sum(torch.full((3,), 0.5), 0, out=wide)
assert wide == 0  # each 0.5 became 0 before the sum
steps = torch.empty(2, 2, dtype=torch.int64)
torch.cumsum(x, 1, out=steps)  # any dtype for cumsum too
assert steps.tolist() == [[0, 1], [2, 5]]

refused = {
    "matmul": lambda: torch.matmul(x, x, out=torch.empty(0).double()),
    "amax": lambda: torch.amax(x, 1, out=torch.empty(0).double()),
    "add": lambda: torch.add(x, 1, out=torch.empty(0).long()),
    "mean": lambda: torch.mean(x, 1, out=torch.empty(0).long()),
}
for name, call in refused.items():
    try:
        call()
        raise AssertionError(f"{name} accepted the dtype")
    except RuntimeError:
        pass
