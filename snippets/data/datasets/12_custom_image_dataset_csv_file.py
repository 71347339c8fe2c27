# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:476


import csv
import io

annotations = "img_0.png,0\nimg_1.png,1\nimg_2.png,2\n"

inferred = list(csv.DictReader(io.StringIO(annotations)))  # (1)!
print(len(inferred), inferred[0])

named = list(
    csv.DictReader(
        io.StringIO(annotations), fieldnames=["file", "label"]
    )
)  # (2)!
print(len(named), named[0])
assert [row["file"] for row in named] == [
    "img_0.png",
    "img_1.png",
    "img_2.png",
]
