# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:699


import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Draws(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)  # (1)!

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return {
            "worker": get_worker_info().id,
            "threads": torch.get_num_threads(),
            "random": random.randrange(1000),
            "np.random": int(np.random.randint(1000)),
            "torch": int(torch.randint(1000, ())),
            "dataset.rng": int(self.rng.integers(1000)),
            "seeded": self.seeded,
        }


def check_seeds(worker_id):
    info = get_worker_info()  # (2)!
    info.dataset.seeded = (
        torch.initial_seed() == info.seed
        and random.getstate() == random.Random(info.seed).getstate()
    )


if __name__ == "__main__":
    loader = DataLoader(
        Draws(),
        batch_size=None,
        num_workers=2,
        worker_init_fn=check_seeds,
        generator=torch.Generator().manual_seed(0),  # (3)!
    )
    samples = list(loader)
    for name in samples[0]:
        print(f"{name:12}", [sample[name] for sample in samples])
    assert all(sample["seeded"] for sample in samples)
