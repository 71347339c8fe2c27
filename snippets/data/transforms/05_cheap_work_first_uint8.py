# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:176


import torch
from torchvision.transforms import v2

generator = torch.Generator().manual_seed(0)
image = torch.randint(
    0, 256, (3, 512, 512), dtype=torch.uint8, generator=generator
)
to_float = v2.ToDtype(torch.float32, scale=True)
crop_flip = v2.Compose(
    [v2.CenterCrop(224), v2.RandomHorizontalFlip(p=1.0)]
)

late = crop_flip(to_float(image))  # (1)!
early = to_float(crop_flip(image))
assert torch.equal(late, early)

as_float = to_float(image)
print(
    f"uint8 image: {image.nbytes / 1e6:.2f} MB, as float32: "
    f"{as_float.nbytes / 1e6:.2f} MB"
)
print(
    f"converted values: {image.numel():,} late, "
    f"{crop_flip(image).numel():,} early"
)

difference = to_float(v2.Resize(128)(image)) - v2.Resize(128)(
    to_float(image)
)
print(
    "resize on uint8 vs float32, largest difference: "
    f"{difference.abs().max():.4f}"
)
assert difference.abs().max() < 1 / 255

squares = (
    (torch.arange(64)[:, None] // 4 + torch.arange(64) // 4) % 2 * 255
)  # sharp edges
board = squares.to(torch.uint8).expand(3, 64, 64)
bicubic = v2.Resize(128, interpolation=v2.InterpolationMode.BICUBIC)
overshoot = (
    (to_float(bicubic(board)) - bicubic(to_float(board))).abs().max()
)
assert overshoot > 10 / 255  # (2)!
