# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:721


import torch

tensor = torch.ones(4, 4)
tensor[:, 1] = 0

wide = torch.cat([tensor, tensor, tensor], dim=1)
tall = torch.cat([tensor, tensor, tensor], dim=0)
stacked = torch.stack([tensor, tensor, tensor])

print(wide)
print(wide.shape, tall.shape, stacked.shape)
assert torch.equal(stacked[1], tensor)
assert torch.equal(
    torch.stack([tensor, tensor], dim=0),
    torch.cat([tensor[None], tensor[None]]),
)
