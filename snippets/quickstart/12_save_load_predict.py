# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/quickstart.md:410
# raises: AttributeError


from torch import nn

nn.linear(512, 512)
