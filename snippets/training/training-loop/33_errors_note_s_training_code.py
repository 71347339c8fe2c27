# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/training-loop.md:1280


epochs = 2
for t in range(epochs):
    print(f"Epoch {t + 1}\n-------------------------------")
