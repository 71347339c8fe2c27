# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:163


seen = []
it = iter("abc")
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    seen.append(item)

assert seen == [item for item in "abc"]
print(seen)
