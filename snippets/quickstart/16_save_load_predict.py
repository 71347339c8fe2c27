# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:531
# raises: SyntaxError


compile('print(f"Epoch {t+1\\n------})\n', "loop.py", "exec")
