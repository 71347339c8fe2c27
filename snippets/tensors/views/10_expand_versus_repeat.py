# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/views.md:355
# writes: expand-memory.svg


import matplotlib.pyplot as plt
import torch

plt.rcParams["svg.fonttype"] = "none"
base = torch.tensor([[10], [20], [30]])
expanded = base.expand(3, 4)
colors = ["#e8eef7", "#fdd9b5", "#d5ecd4"]

fig, ax = plt.subplots(figsize=(6.4, 2.8))
rows, cols = expanded.shape
for i in range(rows):
    for j in range(cols):
        offset = i * expanded.stride(0) + j * expanded.stride(1)
        ax.add_patch(
            plt.Rectangle(
                (j, -i),
                0.9,
                0.9,
                facecolor=colors[offset],
                ec="#555555",
            )
        )
        ax.text(
            j + 0.45,
            -i + 0.55,
            str(expanded[i, j].item()),
            ha="center",
            fontsize=11,
        )
        ax.text(
            j + 0.45,
            -i + 0.2,
            f"storage[{offset}]",
            ha="center",
            fontsize=7,
        )
    arrow = {"arrowstyle": "->", "color": "#555555"}
    ax.annotate(
        "",
        xy=(5.45, -i + 0.45),
        xytext=(3.95, -i + 0.45),
        arrowprops=arrow,
    )
ax.text(
    0,
    1.1,
    f"expanded: shape {tuple(expanded.shape)}, stride "
    f"{expanded.stride()}",
)

for k, value in enumerate(base.flatten().tolist()):
    ax.add_patch(
        plt.Rectangle(
            (5.5, -k), 0.9, 0.9, facecolor=colors[k], ec="#555555"
        )
    )
    ax.text(5.95, -k + 0.35, str(value), ha="center", fontsize=11)
    ax.text(6.55, -k + 0.35, f"[{k}]", fontsize=8)
nbytes = base.untyped_storage().nbytes()
ax.text(5.3, 1.1, f"storage: {nbytes} bytes")
ax.set_xlim(-0.2, 7.8)
ax.set_ylim(-2.3, 1.5)
ax.axis("off")
fig.savefig("expand-memory.svg")
