# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:37
# raises: TypeError


next([1, 2, 3])
