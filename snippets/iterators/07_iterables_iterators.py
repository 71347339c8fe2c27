# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/iterators.md:140


import functools
import io

stream = io.BytesIO(b"abcdefg")
chunks = iter(functools.partial(stream.read, 3), b"")  # (1)!

assert iter(chunks) is chunks
print(list(chunks))
