# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:16


numbers = [1, 2, 3]
it = iter(numbers)

print(next(it), next(it), next(it))
print(it is iter(it))  # an iterator is its own iterator
print(numbers)  # iter() did not change the list
