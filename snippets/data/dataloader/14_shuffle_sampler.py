# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:424
# raises: ValueError


from torch.utils.data import DataLoader, IterableDataset


class Stream(IterableDataset):
    def __iter__(self):
        return iter(range(4))


assert [x.item() for x in DataLoader(Stream(), shuffle=False)] == [
    0,
    1,
    2,
    3,
]
DataLoader(Stream(), shuffle=True)
