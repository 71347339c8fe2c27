# Generated from docs/iterators.md:244 by `make snippets`; edit the Markdown, not this file.


class Squares:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index


assert not hasattr(Squares(), "__iter__")
assert list(Squares()) == [0, 1, 4, 9]
