# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:337


import itertools


def count_from(start):
    current = start
    while True:
        yield current
        current += 1


print(list(itertools.islice(count_from(1), 5)))

for number in count_from(10):
    if number > 12:
        break
    print(number)
