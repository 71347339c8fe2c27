# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:54


it = iter([])
print(next(it, "done"))
