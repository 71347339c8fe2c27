# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:738


import torch

for size in (6, 5, 3):
    t = torch.arange(size)
    print(
        size,
        [len(p) for p in t.chunk(4)],
        [len(p) for p in t.tensor_split(4)],
    )
