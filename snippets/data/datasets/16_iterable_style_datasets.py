# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/datasets.md:689
# raises: NotImplementedError


from torch.utils.data import IterableDataset


class Numbers(IterableDataset):
    def __iter__(self):
        return iter(range(3))


stream = Numbers()
assert list(stream) == [0, 1, 2]
assert not hasattr(stream, "__len__")
stream[0]
