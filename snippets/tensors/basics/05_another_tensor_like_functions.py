# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/basics.md:127


import torch

torch.manual_seed(0)
template = torch.empty(100_000)
uniform = torch.rand_like(template)
normal = torch.randn_like(template)

assert uniform.min() >= 0 and uniform.max() < 1
assert abs(uniform.mean() - 0.5) < 0.01
assert normal.min() < -3 and normal.max() > 3
assert abs(normal.mean()) < 0.01 and abs(normal.std() - 1) < 0.01
