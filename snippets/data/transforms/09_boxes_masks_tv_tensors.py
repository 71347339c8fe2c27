# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:410


import torch
from torchvision import tv_tensors
from torchvision.transforms import v2

image = tv_tensors.Image(
    torch.zeros(3, 4, 6, dtype=torch.uint8)
)  # height 4, width 6
boxes = tv_tensors.BoundingBoxes(
    [[0, 0, 2, 3]], format="XYXY", canvas_size=(4, 6)
)  # (1)!
mask = tv_tensors.Mask(torch.zeros(4, 6, dtype=torch.uint8))
mask[:3, :2] = 1  # the object covers the box
sample = {
    "image": image,
    "boxes": boxes,
    "mask": mask,
    "labels": torch.tensor([7]),
}

transform = v2.Compose(
    [v2.RandomHorizontalFlip(p=1.0), v2.Resize((8, 12))]
)
out = transform(sample)

print(out["boxes"].tolist(), out["boxes"].canvas_size, out["labels"])
ys, xs = torch.nonzero(out["mask"], as_tuple=True)
assert [xs.min(), ys.min(), xs.max() + 1, ys.max() + 1] == out["boxes"][
    0
].tolist()  # (2)!
assert out["image"].shape == (3, 8, 12)
