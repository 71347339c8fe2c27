# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:379


import torch

smallest = torch.finfo(torch.float16).smallest_normal * 2.0**-10  # (1)!
assert smallest == 2.0**-24

to_zero = torch.linspace(1e-12, 2.98e-8, 1000)
to_smallest = torch.linspace(2.99e-8, 8.9e-8, 1000)
assert (to_zero.to(torch.float16) == 0).all()
assert (to_smallest.to(torch.float16).float() == smallest).all()
assert (to_zero.to(torch.bfloat16) > 0).all()  # (2)!

grad = torch.tensor([1e-8, 1e-3])
print(
    f"smallest normal {torch.finfo(torch.float16).smallest_normal}, "
    f"smallest {smallest:.4g}"
)
print(grad.to(torch.float16))
print(grad.to(torch.bfloat16))

scale = 65536.0
rescued = (grad * scale).to(torch.float16).float() / scale  # (3)!
assert torch.allclose(rescued, grad, rtol=1e-3)
