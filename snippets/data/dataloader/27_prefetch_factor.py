# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:1046


import multiprocessing
import time

from torch.utils.data import DataLoader, Dataset


class Counted(Dataset):
    def __init__(self):
        self.loaded = multiprocessing.Value("i", 0)  # (1)!

    def __len__(self):
        return 100

    def __getitem__(self, index):
        with self.loaded.get_lock():
            self.loaded.value += 1
        return index


if __name__ == "__main__":
    for options in ({}, {"prefetch_factor": 4}):
        dataset = Counted()
        loader = DataLoader(dataset, num_workers=2, **options)  # (2)!
        batches = iter(loader)
        next(batches), next(batches)
        expected = 2 + 2 * loader.prefetch_factor
        deadline = time.monotonic() + 30
        while (
            dataset.loaded.value < expected
            and time.monotonic() < deadline
        ):
            time.sleep(0.01)  # (3)!
        time.sleep(0.2)
        print(
            f"prefetch_factor={loader.prefetch_factor}: taken 2, "
            f"loaded {dataset.loaded.value}"
        )
        del batches  # (4)!
