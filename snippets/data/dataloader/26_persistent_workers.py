# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:1024
# continues: docs/data/dataloader.md lines 959


import os

from torch.utils.data import DataLoader, Dataset


class WorkerPid(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return os.getpid()


def worker_pids(loader):
    return {pid for batch in loader for pid in batch.tolist()}


if __name__ == "__main__":
    train = DataLoader(
        WorkerPid(),
        batch_size=2,
        num_workers=1,
        persistent_workers=True,
    )
    valid = DataLoader(WorkerPid(), batch_size=2, num_workers=1)
    train_pids, valid_pids = set(), set()
    for _epoch in range(2):
        train_pids |= worker_pids(train)
        valid_pids |= worker_pids(valid)
    print(
        "train, persistent:",
        len(train_pids),
        "worker process in 2 epochs",
    )
    print(
        "valid, default:   ",
        len(valid_pids),
        "worker processes in 2 epochs",
    )


if __name__ == "__main__":
    valid = DataLoader(
        WorkerPid(),
        batch_size=2,
        num_workers=1,
        persistent_workers=True,
    )
    kept = set()
    for _epoch in range(2):  # two validation passes
        kept |= worker_pids(valid)
    assert len(kept) == 1 and os.getpid() not in kept
