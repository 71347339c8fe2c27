# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/training-loop.md:1471


epochs = 2
for t in range(epochs):
    print(f"Epoch {t + 1}\n-------------------------------")
