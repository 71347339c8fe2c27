# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/models.md:475
# raises: AttributeError


from torch import nn

layers = nn.Sequential(
    nn.Linear(28 * 28, 512), nn.ReLU(), nn.linear(512, 512)
)
