# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/compile.md:109
# raises: torch._dynamo.exc.Unsupported


import torch


def fn(x):
    y = torch.sin(x)
    if y.sum() > 0:
        return y * 2
    return y


torch.compile(fn, fullgraph=True)(torch.randn(100))
