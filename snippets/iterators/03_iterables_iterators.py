# Generated from docs/iterators.md:46 by `make snippets`; edit the Markdown, not this file.
# raises: StopIteration


it = iter([1, 2])
print(list(it))
next(it)
