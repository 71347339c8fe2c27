# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:37
# raises: TypeError


next([1, 2, 3])
