# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:54


it = iter([])
print(next(it, "done"))
