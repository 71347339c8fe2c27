# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:405


import sys
import weakref

import torch

chunks = [torch.randn(256, 256) for _ in range(8)]
alive = [weakref.ref(chunk) for chunk in chunks]
result = torch.cat(chunks)

assert result.nbytes == sum(
    chunk.nbytes for chunk in chunks
)  # the same one allocation
assert sys.getsizeof(chunks) < 1000  # the list: references, not data

del chunks
assert all(ref() is None for ref in alive)  # only the list kept them
