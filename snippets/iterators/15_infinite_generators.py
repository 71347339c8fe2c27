# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:379


import inspect
import itertools

counter = itertools.count(1)
assert list(itertools.islice(counter, 5)) == [1, 2, 3, 4, 5]
assert iter(counter) is counter and next(counter) == 6  # an iterator
assert not inspect.isgenerator(counter)
assert inspect.isgenerator(
    n for n in counter
)  # a generator, for contrast
