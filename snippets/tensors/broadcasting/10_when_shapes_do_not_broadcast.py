# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:271
# continues: docs/tensors/broadcasting.md lines 248


import torch

pred = torch.tensor(
    [[1.0], [2.0], [3.0]]
)  # (3, 1), like a model with one output
target = torch.tensor([1.0, 2.0, 3.0])  # (3,)

wrong = ((pred - target) ** 2).mean()
right = ((pred.squeeze(1) - target) ** 2).mean()

print((pred - target).shape, wrong.item(), right.item())


import warnings

import torch.nn.functional as F

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = F.mse_loss(pred, target)

assert "different to the input size" in str(caught[0].message)
assert torch.equal(loss, wrong)  # it warns, then broadcasts anyway
