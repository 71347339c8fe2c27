# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:826


import inspect

import torch
from torch.optim import lr_scheduler as sched

arguments = {  # one set of arguments for each scheduler to test
    "ConstantLR": {"factor": 0.5},
    "CosineAnnealingLR": {"T_max": 10},
    "ExponentialLR": {"gamma": 0.9},
    "LinearLR": {"start_factor": 0.5},
    "MultiStepLR": {"milestones": [2, 4]},
    "MultiplicativeLR": {"lr_lambda": lambda step: 0.9},
    "PolynomialLR": {"total_iters": 10},
    "StepLR": {"step_size": 2},
    "LambdaLR": {"lr_lambda": lambda step: 0.9**step},
    "CosineAnnealingWarmRestarts": {"T_0": 10},
    "CyclicLR": {
        "base_lr": 0.01,
        "max_lr": 0.1,
        "cycle_momentum": False,
    },
    "OneCycleLR": {"max_lr": 0.1, "total_steps": 20},
}
others = {"ReduceLROnPlateau", "SequentialLR", "ChainedScheduler"}
every = {
    name
    for name, value in vars(sched).items()
    if inspect.isclass(value)
    and issubclass(value, sched.LRScheduler)
    and not name.lstrip("_").startswith("LRScheduler")
}
assert every - others == set(arguments)  # (1)!


def lr_after_four_steps(name, halve):
    optimizer = torch.optim.SGD(
        [torch.nn.Parameter(torch.zeros(1))], lr=0.1
    )
    scheduler = getattr(sched, name)(optimizer, **arguments[name])
    for step in range(4):
        if halve and step == 3:
            optimizer.param_groups[0]["lr"] /= 2
        optimizer.step()
        scheduler.step()
    return optimizer.param_groups[0]["lr"]


chainable = set()
for name in arguments:
    chained = lr_after_four_steps(name, True)
    ratio = chained / lr_after_four_steps(name, False)
    assert ratio in (0.5, 1.0), name
    if ratio == 0.5:  # the halving was carried forward
        chainable.add(name)
print(len(chainable), "chainable:", ", ".join(sorted(chainable)))
print("closed form:", ", ".join(sorted(set(arguments) - chainable)))

method = "_get_closed_form_lr"
closed = {n for n in arguments if hasattr(getattr(sched, n), method)}
assert closed == chainable - {"MultiplicativeLR"}
