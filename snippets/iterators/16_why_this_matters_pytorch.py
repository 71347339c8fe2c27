# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:405


import torch
from torch.utils.data import DataLoader

if __name__ == "__main__":  # (1)!
    data = torch.arange(4)
    plain = DataLoader(data, batch_size=2, num_workers=1)
    assert iter(plain) is not iter(plain)

    persistent = DataLoader(
        data, batch_size=2, num_workers=1, persistent_workers=True
    )
    first = iter(persistent)
    print(next(first))
    second = iter(persistent)
    print(second is first, next(second))  # (2)!
