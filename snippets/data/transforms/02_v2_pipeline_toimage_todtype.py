# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:67
# continues: docs/data/transforms.md lines 27


import torch
from PIL import Image
from torchvision.transforms import v2

image = Image.new(
    "RGB", (4, 2), (255, 128, 0)
)  # width 4, height 2, orange

transform = v2.Compose(
    [
        v2.ToImage(),  # (1)!
        v2.ToDtype(torch.float32, scale=True),  # (2)!
        v2.Normalize(
            mean=[0.5, 0.5, 0.5], std=[0.25, 0.25, 0.25]
        ),  # (3)!
    ]
)
x = transform(image)

print(type(x).__name__, x.shape, x.dtype)
print(x[:, 0, 0])


raw = v2.ToImage()(image)
assert raw.dtype == torch.uint8 and raw.shape == (3, 2, 4)
assert v2.ToDtype(torch.float32)(raw).max() == 255  # no scaling
scaled = v2.ToDtype(torch.float32, scale=True)(raw)
assert scaled.max() == 1
assert torch.allclose(x, (scaled - 0.5) / 0.25)

tensor = (
    torch.tensor([255, 128, 0], dtype=torch.uint8)
    .reshape(3, 1, 1)
    .expand(3, 2, 4)
)
assert torch.allclose(transform(tensor), x)  # (1)!
