# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:46
# raises: StopIteration


it = iter([1, 2])
print(list(it))
next(it)
