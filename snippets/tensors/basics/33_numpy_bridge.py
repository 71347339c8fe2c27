# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1139


import numpy as np
import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
t = torch.zeros(3)
a = np.zeros(3, dtype=np.float32)


def shares(
    tensor, array
):  # does a write into the array show in the tensor?
    before = tensor[0].item()
    array[0] += 1
    return tensor[0].item() != before


assert np.shares_memory(t.numpy(), np.asarray(t))
assert shares(torch.from_numpy(a), a)
assert shares(torch.as_tensor(a), a) and shares(torch.asarray(a), a)
assert not shares(torch.as_tensor(a, dtype=torch.float64), a)  # (1)!
assert shares(torch.as_tensor(a, device=device), a) == (
    torch.device(device).type == "cpu"
)
assert not shares(torch.tensor(a), a)
assert not np.shares_memory(t.numpy().copy(), t.numpy())
assert not shares(torch.from_numpy(a).clone(), a)
