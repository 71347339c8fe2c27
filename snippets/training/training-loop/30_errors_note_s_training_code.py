# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1431
# raises: IndentationError


note = (
    "def train(dataloader):\n"
    "\tfor batch in range(3):\n"
    "\t\tif batch % 100 == 0:\n"
    "\t\t\tloss = 1.0\n"
    "            print(loss)\n"
)
compile(note, "note", "exec")
