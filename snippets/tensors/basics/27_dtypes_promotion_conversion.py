# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:879


import torch

ints = torch.tensor([1, 2, 3])  # int64
halves = torch.ones(3, dtype=torch.float16)

assert (
    ints + 1
).dtype == torch.int64  # a Python int: no higher category
assert (ints + 0.5).dtype == torch.float32  # (1)!
assert (
    ints / 2
).dtype == torch.float32  # true division always gives a float
assert (ints // 2).dtype == torch.int64
assert (
    halves + torch.ones(3)
).dtype == torch.float32  # the wider float wins
assert (
    halves * 2.0
).dtype == torch.float16  # a Python float does not widen it
assert (torch.tensor([True]) + ints).dtype == torch.int64
assert (
    torch.promote_types(torch.uint8, torch.int8) == torch.int16
)  # (2)!
assert (halves + halves.bfloat16()).dtype == torch.float32
assert torch.result_type(ints, 0.5) == torch.float32
