# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:73


numbers = [1, 2, 3]
first, second = iter(numbers), iter(numbers)
next(first)

assert first is not second
assert next(first) == 2
assert next(second) == 1
assert not hasattr(numbers, "__next__")
