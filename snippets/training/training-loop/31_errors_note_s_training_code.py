# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1457
# raises: SyntaxError


compile('print(f"Epoch {t+1\\n------})\n', "note", "exec")
