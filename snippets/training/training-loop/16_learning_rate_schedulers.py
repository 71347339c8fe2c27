# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:653


import warnings

import torch

parameter = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([parameter], lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(
    optimizer, step_size=1, gamma=0.5
)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scheduler.step()
    optimizer.step()  # (1)!
print(str(caught[0].message).split(". ")[0])
assert optimizer.param_groups[0]["lr"] == 0.05
