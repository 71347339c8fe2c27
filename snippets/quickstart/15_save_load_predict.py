# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:513
# raises: IndentationError


source = "def train():\n\tif True:\n\t\tloss = 1\n            print(loss)\n"
compile(source, "train.py", "exec")
