# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:830


import numpy as np
from torch.utils.data import DataLoader, Dataset


def private_mb():
    with open("/proc/self/smaps_rollup") as file:
        private = [
            line.split()[1]
            for line in file
            if line.startswith("Private")
        ]
    return sum(int(kb) for kb in private) / 1024  # (1)!


class ReadAll(Dataset):
    def __init__(self, values):
        self.values = values

    def __len__(self):
        return 1

    def __getitem__(self, index):
        before = private_mb()
        for _value in self.values:  # read every item once
            pass
        return private_mb() - before


if __name__ == "__main__":
    n = 1_000_000
    growth = {}
    datasets = {
        "list of ints": list(range(n, 2 * n)),
        "NumPy array": np.arange(n, 2 * n),
    }
    for name, values in datasets.items():
        fork = {"multiprocessing_context": "fork"}  # (3)!
        loader = DataLoader(
            ReadAll(values), batch_size=None, num_workers=1, **fork
        )
        growth[name] = next(iter(loader))
        print(
            f"{name}: the worker's private memory grew by "
            f"{growth[name]:.0f} MB"
        )
    assert growth["list of ints"] > 15  # (2)!
    assert growth["NumPy array"] < 2
