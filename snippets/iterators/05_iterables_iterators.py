# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:73


numbers = [1, 2, 3]
first, second = iter(numbers), iter(numbers)
next(first)

assert first is not second
assert next(first) == 2
assert next(second) == 1
assert not hasattr(numbers, "__next__")
