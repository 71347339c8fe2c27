# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/quickstart.md:465
# raises: AttributeError


from torch import nn

nn.linear(512, 512)
