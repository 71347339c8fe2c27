# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:27


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
