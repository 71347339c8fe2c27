# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/transforms.md:115


import torch
from torchvision.transforms import v2

MEAN, STD = [0.5, 0.5, 0.5], [0.25, 0.25, 0.25]  # (1)!

train_transform = v2.Compose(
    [
        v2.ToImage(),
        v2.RandomResizedCrop(24, scale=(0.5, 1.0)),
        v2.RandomHorizontalFlip(),
        v2.ColorJitter(brightness=0.2),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize(MEAN, STD),
    ]
)
eval_transform = v2.Compose(
    [
        v2.ToImage(),
        v2.Resize(28),
        v2.CenterCrop(24),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize(MEAN, STD),
    ]
)

image = torch.randint(0, 256, (3, 32, 32), dtype=torch.uint8)
torch.manual_seed(0)
first, second = train_transform(image), train_transform(image)
assert (
    first.shape
    == second.shape
    == eval_transform(image).shape
    == (3, 24, 24)
)
assert not torch.equal(first, second)  # a new random version each time
assert torch.equal(
    eval_transform(image), eval_transform(image)
)  # always the same

torch.manual_seed(0)
assert torch.equal(train_transform(image), first)  # (2)!
