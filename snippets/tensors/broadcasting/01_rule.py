# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/broadcasting.md:30
# writes: broadcasting.svg


import matplotlib.pyplot as plt
import torch

plt.rcParams["svg.fonttype"] = "none"
shapes = {"x": (5, 1, 4), "y": (3, 1)}
shapes["x + y"] = tuple(torch.broadcast_shapes(*shapes.values()))
ndim = len(shapes["x + y"])

fig, ax = plt.subplots(figsize=(5.2, 2.4))
for row, (name, shape) in enumerate(shapes.items()):
    top = -row
    padded = (None,) * (ndim - len(shape)) + shape  # align on the right
    ax.text(
        -0.2,
        top,
        name,
        ha="right",
        va="center",
        family="monospace",
        fontsize=11,
    )
    for col, size in enumerate(padded):
        stretched = (
            size in (None, 1)
            and shapes["x + y"][col] != 1
            and name != "x + y"
        )
        ax.add_patch(
            plt.Rectangle(
                (col, top - 0.35),
                0.9,
                0.7,
                facecolor="#fdd9b5" if stretched else "#e8eef7",
                edgecolor="#555555",
                linestyle="--" if size is None else "-",
            )
        )
        label = "·" if size is None else str(size)
        ax.text(
            col + 0.45,
            top,
            label,
            ha="center",
            va="center",
            fontsize=12,
        )
for col in range(ndim):
    ax.text(
        col + 0.45,
        0.6,
        f"dim {col - ndim}",
        ha="center",
        fontsize=9,
        color="#555555",
    )
ax.text(
    3.2,
    -0.5,
    "orange: missing (·) or 1,\nstretched without copying",
    fontsize=9,
)
ax.set_xlim(-1.4, 5.6)
ax.set_ylim(-2.5, 0.9)
ax.axis("off")
fig.savefig("broadcasting.svg")
