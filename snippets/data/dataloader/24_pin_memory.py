# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:915
# devices: cpu
# since: torch=2.10


import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.randn(8, 3))


def count_warnings(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        loader = DataLoader(dataset, batch_size=4, pin_memory=True)
        counts = [len(caught)]  # after DataLoader()
        for _ in range(2):
            (batch,) = next(iter(loader))
            counts.append(len(caught))  # after each iter()
    assert not batch.is_pinned()
    return counts, caught[0].message


print('"always": ', count_warnings("always")[0])
counts, message = count_warnings("default")
print('"default":', counts)
print(message)
