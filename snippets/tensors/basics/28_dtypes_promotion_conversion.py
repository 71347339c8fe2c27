# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:916


import torch

x = torch.tensor([-1.7, 0.4, 1.7])

assert x.to(torch.int64).tolist() == [-1, 0, 1]  # truncated
assert x.round().long().tolist() == [-2, 0, 2]
assert x.to(torch.float32) is x  # nothing to convert: the same tensor
assert (
    x.double().dtype == torch.float64 and x.dtype == torch.float32
)  # (1)!
assert torch.tensor([0.0, 2.0]).bool().tolist() == [False, True]
