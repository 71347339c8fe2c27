# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:335


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
