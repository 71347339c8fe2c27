# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:187


class PowTwo:
    """Iterator over 2**0, 2**1, ..., 2**limit."""

    def __init__(self, limit=0):
        self.n = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.n > self.limit:
            raise StopIteration
        result = 2**self.n
        self.n += 1
        return result


def pow_two(limit=0):
    """Generator over 2**0, 2**1, ..., 2**limit."""
    n = 0
    while n <= limit:
        yield 2**n
        n += 1


print(list(PowTwo(4)))
print(list(pow_two(4)))
assert list(PowTwo(4)) == list(pow_two(4))
