# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:510


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
kind = torch.device(device).type
ints = torch.tensor([[1, 2], [3, 4]])
expected = torch.tensor([[7, 10], [15, 22]])

if kind == "mps":
    try:
        torch.ones(2, dtype=torch.float64, device=device)
        raise AssertionError("float64 worked on mps")
    except TypeError as error:
        assert "float64" in str(error)
elif kind == "cuda":
    try:
        ints.to(device) @ ints.to(device)
        raise AssertionError("integer matmul worked on cuda")
    except RuntimeError as error:
        assert "not implemented for 'Long'" in str(error)
else:
    assert torch.equal(ints @ ints, expected)  # the CPU has both
    assert (
        torch.ones(2, dtype=torch.float64, device=device).dtype
        == torch.float64
    )
