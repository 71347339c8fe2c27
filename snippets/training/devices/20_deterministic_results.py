# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:781


import os

os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")  # (1)!

import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

torch.use_deterministic_algorithms(True)
torch.backends.cudnn.benchmark = False
assert torch.are_deterministic_algorithms_enabled()
assert torch.empty(3).isnan().all()  # (2)!


def run():
    torch.manual_seed(0)
    model = torch.nn.Linear(64, 8).to(device)
    x = torch.randn(32, 64, device=device)
    model(x).square().sum().backward()
    return model.weight.grad


assert torch.equal(run(), run())
torch.use_deterministic_algorithms(False)
