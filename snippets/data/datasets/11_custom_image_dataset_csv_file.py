# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:435
# since: torchvision=0.29


import tempfile
import warnings
from pathlib import Path

from PIL import Image
from torchvision.io import read_image

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "red.png"
    Image.new("RGB", (2, 2), (255, 0, 0)).save(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        image = read_image(str(path))

assert image[:, 0, 0].tolist() == [255, 0, 0]
print(
    f"{caught[0].category.__name__}: "
    f"{str(caught[0].message).split('. ')[0]}"
)
