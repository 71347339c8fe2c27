# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:573
# raises: IndentationError


source = (
    "def train():\n\tif True:\n\t\tloss = 1\n            print(loss)\n"
)
compile(source, "train.py", "exec")
