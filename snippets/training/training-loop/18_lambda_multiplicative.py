# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:787


import torch
from torch.optim.lr_scheduler import LambdaLR, MultiplicativeLR

for scheduler_class in (LambdaLR, MultiplicativeLR):
    optimizer = torch.optim.SGD(
        [torch.nn.Parameter(torch.zeros(1))], lr=1.0
    )
    scheduler = scheduler_class(optimizer, lambda step: 0.5)
    for _ in range(3):
        optimizer.step()
        scheduler.step()
    print(scheduler_class.__name__, scheduler.get_last_lr()[0])
