# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:905
# timeout: 120


import multiprocessing

import torch
from torch.utils.data import DataLoader, Dataset


class Held(Dataset):
    def __init__(self):
        self.tensor = torch.zeros(1000)

    def __len__(self):
        return 1

    def __getitem__(self, index):
        return (
            self.tensor.is_shared()
        )  # in the worker, after unpickling


if __name__ == "__main__":
    for method in ("spawn", "forkserver"):
        if method not in multiprocessing.get_all_start_methods():
            continue  # no forkserver on Windows
        dataset = Held()
        assert not dataset.tensor.is_shared()
        loader = DataLoader(
            dataset,
            batch_size=None,
            num_workers=1,
            multiprocessing_context=method,
        )
        assert list(loader) == [
            True
        ]  # the worker maps the same shared memory
        assert dataset.tensor.is_shared()  # (1)!
        print(f"{method}: the worker's tensor is in shared memory")
