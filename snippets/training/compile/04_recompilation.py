# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:148


import torch

graphs = []


def counting_backend(graph_module, example_inputs):
    graphs.append(graph_module)
    return graph_module.forward


compiled = torch.compile(
    lambda x: torch.sin(x) + 1, backend=counting_backend
)
for size in (8, 16, 32, 64):
    compiled(torch.randn(size))
assert len(graphs) == 2  # (1)!

compiled(torch.randn(8, dtype=torch.float64))  # (2)!
assert len(graphs) == 3
