# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1463
# raises: NameError


epoch = 5
for t in range(epochs):  # noqa: F821
    print(f"Epoch {t + 1}")
