# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/models.md:449
# raises: AttributeError


from torch import nn

layers = nn.Sequential(nn.Linear(28 * 28, 512), nn.ReLU(), nn.linear(512, 512))
