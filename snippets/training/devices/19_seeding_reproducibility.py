# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:708


import random

import numpy as np
import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)

torch.manual_seed(0)
first = torch.randn(3, device=device)
torch.manual_seed(0)
assert torch.equal(torch.randn(3, device=device), first)

torch.manual_seed(0)
generator = torch.Generator(device=device).manual_seed(42)
private = torch.randn(3, device=device, generator=generator)  # (1)!
assert torch.equal(torch.randn(3, device=device), first)
assert torch.equal(
    private,
    torch.randn(
        3,
        device=device,
        generator=torch.Generator(device=device).manual_seed(42),
    ),
)

python_state, numpy_state = (
    random.getstate(),
    np.random.get_state()[1].copy(),
)
torch.manual_seed(123)
assert random.getstate() == python_state  # (2)!
assert np.array_equal(np.random.get_state()[1], numpy_state)
