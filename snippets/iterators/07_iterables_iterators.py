# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/iterators.md:140


import functools
import io

stream = io.BytesIO(b"abcdefg")
chunks = iter(functools.partial(stream.read, 3), b"")  # (1)!

assert iter(chunks) is chunks
print(list(chunks))
