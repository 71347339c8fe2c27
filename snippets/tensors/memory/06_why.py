# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/memory.md:333


import sys
import weakref

import torch

chunks = [torch.randn(256, 256) for _ in range(8)]
alive = [weakref.ref(chunk) for chunk in chunks]
result = torch.cat(chunks)

assert result.nbytes == sum(chunk.nbytes for chunk in chunks)  # the same one allocation
assert sys.getsizeof(chunks) < 1000  # the list: references, not data

del chunks
assert all(ref() is None for ref in alive)  # only the list kept them
