# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:244
# timeout: 300
# writes: compile-speed.svg


import os
import platform
import re
import resource
import statistics
import time
from pathlib import Path

import torch
from matplotlib.figure import Figure
from torch._inductor.utils import run_and_get_code

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
accelerated = torch.accelerator.is_available()
torch.set_num_threads(1)  # (1)!
cpuinfo = Path("/proc/cpuinfo")
found = (
    re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
    if cpuinfo.exists()
    else None
)
cpu = found[1] if found else platform.processor() or platform.machine()
cores, version = os.cpu_count(), torch.__version__
machine = f"{cpu}, {cores} CPU cores, device {device}, torch {version}"
print(f"machine: {machine}, 1 thread")


def sync():
    if accelerated:
        torch.accelerator.synchronize()  # (2)!


def per_call(f, args, calls):
    """CPU seconds, wall seconds and page faults per call."""
    sync()
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    cpu_start, wall_start = time.thread_time(), time.perf_counter()
    for _ in range(calls):
        f(*args)
    sync()
    cpu_s = time.thread_time() - cpu_start
    wall_s = time.perf_counter() - wall_start
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults
    return cpu_s / calls, wall_s / calls, faults / calls


def cheap(x):
    return ((x * 2 + 1) * x - 3) * x + x


def transcendental(x):
    return (
        torch.nn.functional.gelu(x) * torch.sigmoid(x) + torch.tanh(x)
    ) / 2


def matrix_product(x):
    return x @ x


numel = 2**20 if device == "cpu" else 2**24
cases = {
    "cheap chain": (cheap, torch.randn(numel, device=device)),
    "transcendental chain": (
        transcendental,
        torch.randn(numel, device=device),
    ),
    "matrix product": (
        matrix_product,
        torch.randn(512, 512, device=device),
    ),
}
clock = 0 if device == "cpu" else 1  # CPU time, or wall time
found, rows = {}, []
for name, (fn, x) in cases.items():
    compiled = torch.compile(fn)
    sync()
    start = time.perf_counter()
    _, code = run_and_get_code(compiled, x)  # (3)!
    sync()
    compile_s = time.perf_counter() - start
    torch.testing.assert_close(compiled(x), fn(x), rtol=1e-4, atol=1e-4)
    code = "".join(code)
    kernels = sorted(
        set(re.findall(r"\b(?:cpp|triton)_\w*fused_\w+", code))
    )
    library = re.findall(r"extern_kernels\.(\w+)\(", code)
    buffers = len(re.findall(r"= empty_strided_\w+\(", code))  # (4)!
    print(
        f"{name}: generated kernels {kernels}, library calls "
        f"{library}, {buffers} tensor allocated per call"
    )

    versions = {"eager": fn, "compiled": compiled}
    for f in versions.values():
        for _ in range(3):
            f(x)
    calls = max(3, round(0.05 / per_call(fn, (x,), 3)[clock]))
    runs = {label: [] for label in versions}
    for round_ in range(7):  # (5)!
        order = list(versions)[:: 1 if round_ % 2 == 0 else -1]
        for label in order:
            runs[label].append(per_call(versions[label], (x,), calls))
    ratios = [
        c[clock] / e[clock]
        for e, c in zip(runs["eager"], runs["compiled"], strict=True)
    ]
    found[name] = (len(kernels), library, buffers, ratios)
    medians = {
        label: [
            statistics.median(column) for column in zip(*r, strict=True)
        ]
        for label, r in runs.items()
    }
    saved = medians["eager"][clock] - medians["compiled"][clock]
    print(
        f"  compile {compile_s:.1f} s, then {saved * 1e3:.3f} ms saved "
        "per call"
    )  # (6)!
    for label, r in runs.items():
        cpu_ms, wall_ms = ([1e3 * t[i] for t in r] for i in (0, 1))
        faults = medians[label][2]
        print(
            f"  {label:8} CPU {statistics.median(cpu_ms):.3f} ms "
            f"({min(cpu_ms):.3f} to {max(cpu_ms):.3f}), wall "
            f"{statistics.median(wall_ms):.3f} ms, {faults:.0f} page "
            "faults per call"
        )
        shown = cpu_ms if clock == 0 else wall_ms
        rows.append((f"{name}, {label}", shown, faults))
    print(
        f"  compiled / eager per round: median "
        f"{statistics.median(ratios):.2f}, {min(ratios):.2f} to "
        f"{max(ratios):.2f}"
    )

assert found["cheap chain"][:3] == (1, [], 1)  # (7)!
assert found["transcendental chain"][:3] == (1, [], 1)
assert found["matrix product"][:3] == (0, ["mm"], 1)
ratios = found["cheap chain"][3]
assert statistics.median(ratios) < 1 and max(ratios) < 1.2  # (8)!

fig = Figure(figsize=(7, 3.4))
ax = fig.subplots()
labels = [
    f"{label} ({faults:.0f} faults/call)" for label, _, faults in rows
]
medians = [statistics.median(times) for _, times, _ in rows]
below = [m - min(t) for m, (_, t, _) in zip(medians, rows, strict=True)]
above = [max(t) - m for m, (_, t, _) in zip(medians, rows, strict=True)]
colors = [
    "#9e9e9e" if label.endswith("eager") else "#e65100"
    for label, _, _ in rows
]
ax.barh(
    labels, medians, xerr=[below, above], color=colors, ecolor="#424242"
)
ax.set_xlim(0, max(max(t) for _, t, _ in rows) * 1.15)
ax.invert_yaxis()
what = "CPU time" if clock == 0 else "wall time"
ax.set_xlabel(
    f"milliseconds of {what} per call: median, whiskers min to max "
    "of 7 rounds"
)
ax.set_title(f"{machine}, 1 thread", fontsize=8)
fig.tight_layout()
fig.savefig("compile-speed.svg")
