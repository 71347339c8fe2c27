# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:97
# timeout: 180
# writes: autocast-memory.svg
# since: torch=2.10


import os
import platform
import re
from pathlib import Path

import torch
from matplotlib.figure import Figure
from torch import nn

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
device_type = torch.device(device).type
bf16 = device_type != "cuda" or torch.cuda.is_bf16_supported(
    including_emulation=False
)
amp_dtype = torch.bfloat16 if bf16 else torch.float16
MiB = 2**20

cpuinfo = Path("/proc/cpuinfo")
found = (
    re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
    if cpuinfo.exists()
    else None
)
cpu = found[1] if found else platform.processor() or platform.machine()
cores, version = os.cpu_count(), torch.__version__
machine = f"{cpu}, {cores} CPU cores, device {device}, torch {version}"
print(f"machine: {machine}, autocast dtype {amp_dtype}")


def is_weight_copy(tensor):  # (1)!
    node = tensor.grad_fn
    while node is not None and type(node).__name__ != "AccumulateGrad":
        if len(node.next_functions) != 1:
            return False
        node = node.next_functions[0][0]
    return node is not None


def measure(batch_size, use_amp):
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Linear(1024, 2048), nn.GELU(), nn.Linear(2048, 1024)
    ).to(device)
    optimizer = torch.optim.Adam(model.parameters())
    x = torch.randn(batch_size, 1024, device=device)
    parameter_storages = {
        p.untyped_storage().data_ptr() for p in model.parameters()
    }
    saved = {"activations": {}, "weight copies": {}}

    def pack(tensor):
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in parameter_storages:
            kind = (
                "weight copies"
                if is_weight_copy(tensor)
                else "activations"
            )
            saved[kind][storage.data_ptr()] = storage.nbytes()
        return tensor

    def step(hooks):
        with (
            hooks,
            torch.autocast(
                device_type, dtype=amp_dtype, enabled=use_amp
            ),
        ):
            loss = model(x).float().pow(2).mean()
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()  # (2)!

    step(
        torch.autograd.graph.saved_tensors_hooks(
            pack, lambda tensor: tensor
        )
    )
    peak = "not measured (no accelerator)"
    if torch.accelerator.is_available():
        torch.accelerator.synchronize()
        torch.accelerator.reset_peak_memory_stats()
        step(
            torch.autograd.graph.saved_tensors_hooks(
                lambda t: t, lambda t: t
            )
        )
        torch.accelerator.synchronize()
        peak = (
            f"{torch.accelerator.max_memory_allocated() / MiB:.1f} MiB"
        )

    state = [
        t
        for s in optimizer.state.values()
        for t in s.values()
        if t.dim() > 0
    ]
    held = {
        "parameters": sum(p.nbytes for p in model.parameters()) / MiB,
        "Adam state": sum(t.nbytes for t in state) / MiB,
        "saved activations": sum(saved["activations"].values()) / MiB,
        "weight copies": sum(saved["weight copies"].values()) / MiB,
    }
    gradients = sum(p.nbytes for p in model.parameters()) / MiB  # (3)!
    return held, gradients, peak


results = {}
for batch_size in (256, 2048):
    for use_amp in (False, True):
        dtype = "autocast" if use_amp else "float32"
        label = f"batch {batch_size}, {dtype}"
        results[label], gradients, peak = measure(batch_size, use_amp)
        parts = ", ".join(
            f"{name} {mib:.1f}" for name, mib in results[label].items()
        )
        print(
            f"{label:24} at the end of forward "
            f"{sum(results[label].values()):.1f} MiB: {parts}"
        )
        print(
            f"{'':24} gradients {gradients:.1f} MiB (during backward); "
            f"step peak: {peak}"
        )

expected = {  # (4)!
    "batch 256, float32": (16.0, 32.0, 6.0, 0.0),
    "batch 256, autocast": (16.0, 32.0, 3.5, 4.0),
    "batch 2048, float32": (16.0, 32.0, 48.0, 0.0),
    "batch 2048, autocast": (16.0, 32.0, 28.0, 4.0),
}
for label, parts in results.items():
    rounded = tuple(round(mib, 1) for mib in parts.values())
    assert rounded == expected[label], label
assert round(gradients, 1) == 16.0

fig = Figure(figsize=(8, 3.4))
ax = fig.subplots()
colors = ["#bdbdbd", "#757575", "#e65100", "#ffb74d"]
bottoms = [0.0] * len(results)
for part, color in zip(
    results[next(iter(results))], colors, strict=True
):
    widths = [parts[part] for parts in results.values()]
    ax.barh(
        list(results), widths, left=bottoms, color=color, label=part
    )
    bottoms = [b + w for b, w in zip(bottoms, widths, strict=True)]
ax.set_xlim(0, max(bottoms) * 1.12)  # (5)!
ax.invert_yaxis()
ax.set_xlabel(
    "MiB alive at the end of the forward pass (gradients cleared)"
)
ax.set_title(machine, fontsize=8)
ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.01, 0.5))
fig.tight_layout()
fig.savefig("autocast-memory.svg")
