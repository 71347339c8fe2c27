# Generated from docs/iterators.md:37 by `make snippets`; edit the Markdown, not this file.
# raises: TypeError
# raises-match: 'list' object is not an iterator


next([1, 2, 3])
