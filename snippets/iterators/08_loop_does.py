# Generated from the Markdown by `make snippets`: edit the docs, not this file.
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
