# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:772


import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class RandomShifts(Dataset):
    def __init__(self):
        self.rng = np.random.default_rng(0)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return int(self.rng.integers(100))


def seed_worker(worker_id):
    info = get_worker_info()
    info.dataset.rng = np.random.default_rng(info.seed)  # (1)!


if __name__ == "__main__":
    copied = DataLoader(RandomShifts(), batch_size=2, num_workers=2)
    print("copied rng: ", [batch.tolist() for batch in copied])

    reseeded = DataLoader(
        RandomShifts(),
        batch_size=2,
        num_workers=2,
        worker_init_fn=seed_worker,
        generator=torch.Generator().manual_seed(0),
    )
    print("reseeded rng:", [batch.tolist() for batch in reseeded])
