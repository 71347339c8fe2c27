# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:555


import torch
import torch.nn.functional as F

torch.manual_seed(0)
assert torch.sum(torch.ones(2, 3), dim=1).tolist() == [
    3.0,
    3.0,
]  # reductions
assert (
    torch.multinomial(torch.tensor([0.0, 1.0]), 1).item() == 1
)  # random sampling
assert torch.fft.fft(torch.ones(4))[0].real == 4  # Fourier transforms
assert (
    F.softmax(torch.zeros(4), dim=0).tolist() == [0.25] * 4
)  # neural-network functions
