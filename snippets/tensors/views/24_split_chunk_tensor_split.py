# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/views.md:635


import torch

for size in (6, 5, 3):
    t = torch.arange(size)
    print(size, [len(p) for p in t.chunk(4)], [len(p) for p in t.tensor_split(4)])
