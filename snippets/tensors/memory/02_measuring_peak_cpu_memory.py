# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:64


import tracemalloc

import torch

tracemalloc.start()
big = torch.ones(64 * 2**20)  # 256 MiB of float32
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()

print(
    f"tensor: {big.nbytes / 2**20:.0f} MiB, tracemalloc peak: "
    f"{peak / 2**20:.3f} MiB"
)
assert peak < 2**20
