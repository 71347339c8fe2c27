# Generated from docs/iterators.md:54 by `make snippets`; edit the Markdown, not this file.


it = iter([])
print(next(it, "done"))
