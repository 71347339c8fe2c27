# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:302


import itertools

assert list(itertools.islice(itertools.count(1), 5)) == [1, 2, 3, 4, 5]
