# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:137


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
X, y = torch.rand(4, 1, 28, 28), torch.tensor([3, 1, 4, 1])
X, y = X.to(device), y.to(device)
assert (X.dtype, y.dtype) == (torch.float32, torch.int64)
assert X.to(device, torch.float16).dtype == torch.float16
