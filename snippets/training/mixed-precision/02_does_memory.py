# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/mixed-precision.md:74
# writes: autocast-memory.svg


import torch
from matplotlib.figure import Figure
from torch import nn

device = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else "cpu"
device_type = torch.device(device).type
amp_dtype = torch.float16 if device_type == "cuda" else torch.bfloat16
MiB = 2**20


def is_weight_copy(tensor):  # (1)!
    node = tensor.grad_fn
    while node is not None and type(node).__name__ != "AccumulateGrad":
        if len(node.next_functions) != 1:
            return False
        node = node.next_functions[0][0]
    return node is not None


def measure(batch_size, use_amp):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(1024, 2048), nn.GELU(), nn.Linear(2048, 1024)).to(device)
    optimizer = torch.optim.Adam(model.parameters())
    x = torch.randn(batch_size, 1024, device=device)
    parameter_storages = {p.untyped_storage().data_ptr() for p in model.parameters()}
    saved = {"activations": {}, "weight copies": {}}

    def pack(tensor):
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in parameter_storages:
            kind = "weight copies" if is_weight_copy(tensor) else "activations"
            saved[kind][storage.data_ptr()] = storage.nbytes()
        return tensor

    with (
        torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor),
        torch.autocast(device_type, dtype=amp_dtype, enabled=use_amp),
    ):
        loss = model(x).float().pow(2).mean()
    loss.backward()
    optimizer.step()

    state = [t for s in optimizer.state.values() for t in s.values() if t.dim() > 0]
    return {
        "parameters": sum(p.nbytes for p in model.parameters()) / MiB,
        "gradients": sum(p.grad.nbytes for p in model.parameters()) / MiB,
        "Adam state": sum(t.nbytes for t in state) / MiB,
        "saved activations": sum(saved["activations"].values()) / MiB,
        "weight copies": sum(saved["weight copies"].values()) / MiB,
    }


results = {}
for batch_size in (256, 2048):
    for use_amp in (False, True):
        label = f"batch {batch_size}, {'autocast' if use_amp else 'float32'}"
        results[label] = measure(batch_size, use_amp)
        parts = ", ".join(f"{name} {mib:.1f}" for name, mib in results[label].items())
        print(f"{label:24} total {sum(results[label].values()):.1f} MiB: {parts}")

fig = Figure(figsize=(8, 3.2))
ax = fig.subplots()
colors = ["#bdbdbd", "#9e9e9e", "#757575", "#e65100", "#ffb74d"]
bottoms = [0.0] * len(results)
for part, color in zip(results[next(iter(results))], colors, strict=True):
    heights = [parts[part] for parts in results.values()]
    ax.barh(list(results), heights, left=bottoms, color=color, label=part)
    bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
ax.invert_yaxis()
ax.set_xlabel("MiB held during one training step")
ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.01, 0.5))
fig.tight_layout()
fig.savefig("autocast-memory.svg")
