# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:46
# raises: StopIteration


it = iter([1, 2])
print(list(it))
next(it)
