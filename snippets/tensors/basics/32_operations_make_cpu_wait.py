# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:1072


import torch
from torch._subclasses.fake_tensor import (
    DataDependentOutputException,
    DynamicOutputShapeException,
    FakeTensorMode,
)

with FakeTensorMode():  # tensors without values
    x = torch.rand(1000)
    counts = torch.tensor([2, 0, 3])
    needs_values = {
        ".item()": lambda: x.sum().item(),
        ".tolist()": lambda: x[:3].tolist(),
        "bool": lambda: bool(x.sum() > 0),
        "nonzero": lambda: x.nonzero(),
        "mask": lambda: x[x > 0.5],
        "masked_select": lambda: x.masked_select(x > 0.5),
        "unique": lambda: counts.unique(),
        "repeat_interleave": lambda: torch.repeat_interleave(counts),
    }
    refused = {}
    for name, run in needs_values.items():
        try:
            run()
        except DataDependentOutputException:
            refused[name] = "a Python value"
        except DynamicOutputShapeException:
            refused[name] = "a shape that depends on the values"

    doubled = x * 2  # no values needed: the shape is x's
    sized = torch.repeat_interleave(counts, output_size=5)

for name, why in refused.items():
    print(f"{name:18} {why}")
assert list(refused) == list(needs_values)
assert doubled.shape == (1000,) and sized.shape == (5,)
