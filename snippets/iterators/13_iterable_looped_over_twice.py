# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:319


class Squares:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index


assert not hasattr(Squares(), "__iter__")
assert list(Squares()) == [0, 1, 4, 9]
