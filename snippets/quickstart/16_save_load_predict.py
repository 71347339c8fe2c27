# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:593
# raises: SyntaxError


compile('print(f"Epoch {t+1\\n------})\n', "loop.py", "exec")
