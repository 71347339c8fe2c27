# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:81


import torch


def fn(x):
    y = torch.sin(x)
    if y.sum() > 0:  # (1)!
        return y * 2
    return y


explanation = torch._dynamo.explain(fn)(torch.ones(100))  # (2)!
print(
    f"graphs: {explanation.graph_count}, graph breaks: "
    f"{explanation.graph_break_count}"
)
print(explanation.break_reasons[0].reason)
