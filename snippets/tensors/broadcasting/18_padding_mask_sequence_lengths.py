# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:455


import torch

lengths = torch.tensor([2, 4, 1])
positions = torch.arange(4)

padding_mask = (
    positions[None, :] < lengths[:, None]
)  # (1, 4) vs (3, 1) -> (3, 4)
print(padding_mask)
assert padding_mask.sum(dim=1).tolist() == lengths.tolist()
