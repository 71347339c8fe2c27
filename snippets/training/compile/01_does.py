# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:24


import torch

graphs = []


def counting_backend(graph_module, example_inputs):  # (1)!
    graphs.append(graph_module)
    return graph_module.forward


def fn(x):
    return torch.sin(x) ** 2 + torch.cos(x) ** 2


compiled = torch.compile(fn, backend=counting_backend)
x = torch.randn(100)
torch.testing.assert_close(compiled(x), fn(x))
compiled(x)  # (2)!
print(f"{len(graphs)} graph, with these operations:")
print(
    [
        node.target.__name__
        for node in graphs[0].graph.nodes
        if node.op == "call_function"
    ]
)
