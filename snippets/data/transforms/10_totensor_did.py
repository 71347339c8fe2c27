# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:465


import io
import warnings

import numpy as np
import torch
from PIL import Image
from torchvision import transforms
from torchvision.transforms import v2

pixels = np.full(
    (2, 4, 3), 255, dtype=np.uint8
)  # height x width x channels
floats = np.full((2, 4, 3), 255.0)

old = transforms.ToTensor()
print(old(pixels).shape, old(pixels).dtype, old(pixels).max().item())
print(old(floats).shape, old(floats).dtype, old(floats).max().item())
depth = Image.fromarray(
    np.full((2, 4), 40_000, dtype=np.int32), mode="I"
)
print(
    depth.mode,
    old(depth).shape,
    old(depth).dtype,
    old(depth).max().item(),
)
buffer = io.BytesIO()
Image.fromarray(np.full((2, 4), 40_000, dtype=np.uint16)).save(
    buffer, format="PNG"
)
png16 = Image.open(buffer)
if (
    png16.mode == "I;16"
):  # Pillow 13 here; older versions may open it as "I"
    assert (
        old(png16).dtype == torch.int16 and old(png16).max() < 0
    )  # 40000 wrapped
    assert v2.ToImage()(png16).dtype == torch.uint16
    assert v2.ToImage()(png16).int().max() == 40_000

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated = v2.ToTensor()(pixels)
print(f"{caught[0].category.__name__}: {caught[0].message}")

replacement = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
)
assert torch.allclose(replacement(pixels), deprecated)
assert torch.allclose(replacement(pixels), old(pixels))
