# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/autograd.md:122
# writes: graph.svg


import torch
from matplotlib.figure import Figure

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
c = a + b
d = b + 1
e = c * d
e.backward()

nodes = {
    "a": (0, 0, f"a = {a.item():g}\nde/da = {a.grad.item():g}"),
    "b": (2, 0, f"b = {b.item():g}\nde/db = {b.grad.item():g}"),
    "c": (
        0,
        1,
        f"c = a + b = {c.item():g}\n{type(c.grad_fn).__name__}",
    ),
    "d": (
        2,
        1,
        f"d = b + 1 = {d.item():g}\n{type(d.grad_fn).__name__}",
    ),
    "e": (
        1,
        2,
        f"e = c * d = {e.item():g}\n{type(e.grad_fn).__name__}",
    ),
}
edges = [
    ("a", "c", "dc/da = 1"),
    ("b", "c", "dc/db = 1"),
    ("b", "d", "dd/db = 1"),
    ("c", "e", f"de/dc = d = {d.item():g}"),
    ("d", "e", f"de/dd = c = {c.item():g}"),
]

edge_style = {
    "ha": "center",
    "va": "center",
    "fontsize": 9,
    "backgroundcolor": "white",
}
node_style = {
    "ha": "center",
    "va": "center",
    "bbox": {"boxstyle": "round", "fc": "#ffe0b2"},
}

fig = Figure(figsize=(6, 3.8))
ax = fig.subplots()
for start, end, label in edges:
    (x0, y0, _), (x1, y1, _) = nodes[start], nodes[end]
    ax.annotate(
        "",
        xy=(x1, y1 - 0.22),
        xytext=(x0, y0 + 0.22),
        arrowprops={"arrowstyle": "->"},
    )
    ax.text((x0 + x1) / 2, (y0 + y1) / 2, label, **edge_style)
for x, y, text in nodes.values():
    ax.text(x, y, text, **node_style)
ax.set_xlim(-0.8, 2.8)
ax.set_ylim(-0.3, 2.3)
ax.axis("off")
fig.tight_layout()
fig.savefig("graph.svg")
