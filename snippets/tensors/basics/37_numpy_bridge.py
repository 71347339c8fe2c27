# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1250


import torch

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
weights = torch.ones(3, device=device, requires_grad=True)

print(weights.detach().cpu().numpy(), weights.numpy(force=True))
array = weights.numpy(force=True)
array[0] = 5.0
assert (weights[0] == 5.0) == (
    torch.device(device).type == "cpu"
)  # shared only on the CPU
