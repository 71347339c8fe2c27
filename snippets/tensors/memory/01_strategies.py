# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:14


import torch

pieces, rows, cols = 4, 2, 3


def make_piece():  # stands for the real work of one step
    return torch.randn(rows, cols)


torch.manual_seed(0)
chunks = []
for _ in range(pieces):
    chunks.append(make_piece())
concatenated = torch.cat(chunks)  # (1)!

torch.manual_seed(0)
preallocated = torch.empty(pieces * rows, cols)  # (2)!
for i in range(pieces):
    preallocated[i * rows : (i + 1) * rows] = make_piece()

torch.manual_seed(0)
written_in_place = torch.empty(pieces * rows, cols)
for i in range(pieces):
    torch.randn(
        rows, cols, out=written_in_place[i * rows : (i + 1) * rows]
    )  # (3)!

assert torch.equal(concatenated, preallocated)
assert torch.equal(preallocated, written_in_place)
