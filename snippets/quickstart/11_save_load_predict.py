# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:427
# setup: fashion-mnist
# (prepare a directory with: python -m verified_docs setup NAME DIR)


import warnings

import torch
from torchvision import datasets
from torchvision.transforms import ToTensor, v2

image, _ = datasets.FashionMNIST(
    root="data", train=True, download=True
)[0]
transform = v2.Compose(
    [v2.ToImage(), v2.ToDtype(torch.float32, scale=True)]
)
torch.testing.assert_close(
    ToTensor()(image), transform(image), rtol=0, atol=1e-7
)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v2.ToTensor()
assert "deprecated" in str(caught[0].message)
