# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:119
# raises: torch._dynamo.exc.Unsupported
# since: torch=2.10


import torch


def fn(x):
    y = torch.sin(x)
    if y.sum() > 0:
        return y * 2
    return y


torch.compile(fn, fullgraph=True)(torch.randn(100))
