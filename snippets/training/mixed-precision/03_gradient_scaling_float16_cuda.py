# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/mixed-precision.md:207


import torch

grad = torch.tensor([1e-8, 1e-3])
print(torch.finfo(torch.float16).tiny, torch.finfo(torch.bfloat16).tiny)
print(grad.to(torch.float16))
print(grad.to(torch.bfloat16))

assert torch.tensor(6e-8).to(torch.float16) > 0
assert torch.tensor(2e-8).to(torch.float16) == 0

scale = 65536.0
rescued = (grad * scale).to(torch.float16).float() / scale
assert torch.allclose(rescued, grad, rtol=1e-3)
