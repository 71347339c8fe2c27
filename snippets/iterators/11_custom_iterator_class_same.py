# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:258
# continues: docs/iterators.md lines 187, 231


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


gen = pow_two(2)

assert iter(gen) is gen
assert hasattr(gen, "__next__")
print(next(gen), next(gen), next(gen), next(gen, "exhausted"))


def pow_two_gen_as_in_note(limit=0):
    n = 0
    while n < limit:
        yield 2**n
        n += 1


assert list(pow_two_gen_as_in_note(4)) == [1, 2, 4, 8]
assert (
    len(list(pow_two_gen_as_in_note(4))) == 4
)  # one short of PowTwo(4)
