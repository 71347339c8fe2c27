# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/data/dataloader.md:578


import multiprocessing
import sys

if sys.platform in ("darwin", "win32"):
    expected = "spawn"
elif sys.version_info >= (3, 14):
    expected = "forkserver"
else:
    expected = "fork"
assert multiprocessing.get_all_start_methods()[0] == expected
