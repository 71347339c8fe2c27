# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/training-loop.md:1272
# raises: NameError


epoch = 5
for t in range(epochs):  # noqa: F821
    print(f"Epoch {t + 1}")
