# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:505


import torch

torch.manual_seed(0)
points = torch.rand(4, 2)  # N=4 points in 2-D
centers = torch.rand(3, 2)  # M=3 centers

diff = (
    points[:, None, :] - centers[None, :, :]
)  # (4, 1, 2) - (1, 3, 2) -> (4, 3, 2)
distances = diff.norm(dim=-1)  # (4, 3)

print(diff.shape, distances.shape)
assert torch.allclose(
    distances, torch.cdist(points, centers), atol=1e-6
)
