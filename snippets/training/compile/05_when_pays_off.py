# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:208
# timeout: 300
# writes: compile-speed.svg


import os
import platform
import re
import statistics
import time
from pathlib import Path

import torch
from matplotlib.figure import Figure
from torch._inductor.utils import run_and_get_code
from torch.utils import benchmark

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
cpuinfo = Path("/proc/cpuinfo")
found = (
    re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
    if cpuinfo.exists()
    else None
)
cpu = found[1] if found else platform.processor() or platform.machine()
cores, version = os.cpu_count(), torch.__version__
machine = f"{cpu}, {cores} CPU cores, device {device}, torch {version}"
clock = time.thread_time if device == "cpu" else time.perf_counter
print(f"machine: {machine}")


def elementwise(x):
    return (
        torch.nn.functional.gelu(x) * torch.sigmoid(x) + torch.tanh(x)
    ) / 2


def matrix_product(x):
    return x @ x


cases = {
    "elementwise chain": (
        elementwise,
        torch.randn(2**20, device=device),
    ),
    "matrix product": (
        matrix_product,
        torch.randn(512, 512, device=device),
    ),
}
rows, found = [], {}
for name, (fn, x) in cases.items():
    compiled = torch.compile(fn)
    start = time.perf_counter()
    _, code = run_and_get_code(compiled, x)  # (1)!
    if torch.accelerator.is_available():
        torch.accelerator.synchronize()  # (2)!
    compile_seconds = time.perf_counter() - start
    torch.testing.assert_close(compiled(x), fn(x), rtol=1e-4, atol=1e-4)

    kernels = sorted(
        set(re.findall(r"\b(?:cpp|triton)_\w*fused_\w+", "".join(code)))
    )
    library = re.findall(r"extern_kernels\.(\w+)\(", "".join(code))
    print(
        f"{name}: generated kernels {kernels}, library calls {library}"
    )
    found[name] = (len(kernels), library)

    times, ratios = {"eager": [], "compiled": []}, []
    for _ in range(5):  # (3)!
        medians = {}
        for label, f in (("eager", fn), ("compiled", compiled)):
            timer = benchmark.Timer(
                "f(x)", globals={"f": f, "x": x}, timer=clock
            )  # (4)!
            measured = timer.blocked_autorange(min_run_time=0.1)
            times[label] += measured.times
            medians[label] = measured.median
        ratios.append(medians["compiled"] / medians["eager"])
    quartiles = {
        label: statistics.quantiles(t, n=4)
        for label, t in times.items()
    }
    saved_ms = (quartiles["eager"][1] - quartiles["compiled"][1]) * 1e3
    print(
        f"  compile {compile_seconds:.1f} s, then {saved_ms:.3f} ms "
        "saved per call"
    )  # (5)!
    print(
        f"  compiled / eager per round: {min(ratios):.2f} to "
        f"{max(ratios):.2f}"
    )
    for label, (q1, median, q3) in quartiles.items():
        print(
            f"  {label:9} median {median * 1e3:.3f} ms, IQR "
            f"{(q3 - q1) * 1e3:.3f} ms"
        )
        rows.append(
            (f"{name}, {label}", median * 1e3, q1 * 1e3, q3 * 1e3)
        )

assert found["elementwise chain"] == (1, [])  # (6)!
assert found["matrix product"] == (0, ["mm"])

fig = Figure(figsize=(7, 2.8))
ax = fig.subplots()
labels, medians, q1s, q3s = zip(*rows, strict=True)
below = [m - q1 for m, q1 in zip(medians, q1s, strict=True)]
above = [q3 - m for m, q3 in zip(medians, q3s, strict=True)]
colors = [
    "#9e9e9e" if label.endswith("eager") else "#e65100"
    for label in labels
]
ax.barh(
    labels, medians, xerr=[below, above], color=colors, ecolor="#424242"
)
ax.set_xlim(0, max(q3s) * 1.15)
ax.invert_yaxis()
ax.set_xlabel(
    "milliseconds per call: median, whiskers from first to third "
    "quartile"
)
ax.set_title(machine, fontsize=8)
fig.tight_layout()
fig.savefig("compile-speed.svg")
