# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:118
# raises: torch._dynamo.exc.Unsupported


import torch


def fn(x):
    y = torch.sin(x)
    if y.sum() > 0:
        return y * 2
    return y


torch.compile(fn, fullgraph=True)(torch.randn(100))
