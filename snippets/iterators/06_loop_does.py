# Generated from docs/iterators.md:88 by `make snippets`; edit the Markdown, not this file.


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
