# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:368


import sys

import torch

chunks = [torch.randn(1024, 1024) for _ in range(64)]
data_mib = sum(chunk.nbytes for chunk in chunks) / 2**20

print(
    f"list object: {sys.getsizeof(chunks)} bytes, tensors it refers "
    f"to: {data_mib:.0f} MiB"
)
