# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/training-loop.md:1266
# raises: SyntaxError


compile('print(f"Epoch {t+1\\n------})\n', "note", "exec")
