# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:618
# timeout: 180


from torch.utils.data import (
    DataLoader,
    IterableDataset,
    get_worker_info,
)


class Numbers(IterableDataset):
    def __init__(self, start, end):
        self.start, self.end = start, end

    def __iter__(self):
        return iter(range(self.start, self.end))


class ShardedNumbers(Numbers):
    def __iter__(self):
        info = get_worker_info()
        if info is None:  # (1)!
            return iter(range(self.start, self.end))
        return iter(
            range(self.start + info.id, self.end, info.num_workers)
        )  # (2)!


if __name__ == "__main__":  # (3)!
    print(list(DataLoader(Numbers(0, 6), batch_size=None)))
    print(
        list(DataLoader(Numbers(0, 6), batch_size=None, num_workers=2))
    )
    print(
        list(
            DataLoader(
                ShardedNumbers(0, 6), batch_size=None, num_workers=2
            )
        )
    )
    batches = DataLoader(
        ShardedNumbers(0, 7), batch_size=2, num_workers=2
    )
    print([batch.tolist() for batch in batches])
