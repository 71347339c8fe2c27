# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:253


import torch
from torchvision.transforms import v2

to_float = v2.ToDtype(torch.float32, scale=True)


def steps(image, size):  # largest difference, in steps of 1/255
    resize = v2.Resize(size)
    difference = to_float(resize(image)) - resize(to_float(image))
    return 255 * difference.abs().max()


generator = torch.Generator().manual_seed(192)
shape = (3, 64, 64)
image = torch.randint(
    256, shape, dtype=torch.uint8, generator=generator
)
sizes = range(8, 200, 7)
one_axis = max(steps(image, (64, width)) for width in sizes)
both_axes = max(steps(image, size) for size in sizes)
kernel = torch.backends.cpu.get_cpu_capability()  # (1)!
print(f"one axis {one_axis:.4f}, both axes {both_axes:.4f} steps")
print(f"64x64 to 129x129: {steps(image, 129):.4f} steps")

assert one_axis < 0.51 and both_axes < 1.01
if kernel in ("AVX2", "AVX512"):
    assert steps(image, 129) > 1  # more than one step
