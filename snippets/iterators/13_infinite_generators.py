# Generated from docs/iterators.md:302 by `make snippets`; edit the Markdown, not this file.


import itertools

assert list(itertools.islice(itertools.count(1), 5)) == [1, 2, 3, 4, 5]
