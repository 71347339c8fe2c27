# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:172
# timeout: 180
# devices: cpu
# writes: memory-peaks.svg


import os
import platform
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version

import matplotlib.pyplot as plt

CHILD = """
import torch

def status_mib(field):  # this process's own counters (Linux)
    with open("/proc/self/status") as status:
        found = [ln for ln in status if ln.startswith(field + ":")]
        kib = int(found[0].split()[1])
    return kib / 1024

def build(strategy, pieces=64, rows=1024, cols=1024):
    if strategy == "cat":
        chunks = []
        for _ in range(pieces):
            chunks.append(torch.randn(rows, cols))
        return torch.cat(chunks)
    result = torch.empty(pieces * rows, cols)
    for i in range(pieces):
        if strategy == "assign":
            result[i * rows : (i + 1) * rows] = torch.randn(rows, cols)
        else:
            piece = result[i * rows : (i + 1) * rows]
            torch.randn(rows, cols, out=piece)
    return result

build(strategy, pieces=2, rows=2, cols=2)  # warm up before the baseline
baseline = status_mib("VmRSS")
result = build(strategy)
print(status_mib("VmHWM") - baseline)
"""
NO_HEAP_CACHE = {
    "MALLOC_MMAP_THRESHOLD_": "131072"
}  # glibc: free large blocks at once
CONFIGURATIONS = {
    "append to a list, then torch.cat": ("cat", {}),
    "pre-allocate, assign each piece": ("assign", {}),
    "pre-allocate, assign, MALLOC_MMAP_THRESHOLD_": (
        "assign",
        NO_HEAP_CACHE,
    ),
    "pre-allocate, randn(out=slice)": ("out", {}),
}
RUNS = 3
RESULT_MIB, PIECE_MIB = 256, 4


def peak_mib(configuration):
    strategy, extra_env = CONFIGURATIONS[configuration]
    done = subprocess.run(
        [sys.executable, "-c", f"strategy = {strategy!r}\n{CHILD}"],
        env={**os.environ, **extra_env},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout)


def cpu_model():
    with open("/proc/cpuinfo") as cpuinfo:
        return next(
            (
                line.split(":", 1)[1].strip()
                for line in cpuinfo
                if "model name" in line
            ),
            "",
        )


def draw(measured, expected):
    names, runs = list(measured), list(measured.values())
    medians = [r[RUNS // 2] for r in runs]
    spread = [
        [r[RUNS // 2] - r[0] for r in runs],
        [r[-1] - r[RUNS // 2] for r in runs],
    ]
    fig, ax = plt.subplots(figsize=(7, 3.3), layout="constrained")
    ax.barh(
        names,
        medians,
        xerr=spread,
        color="tab:orange",
        label="measured: median, min-max",
    )
    ax.scatter(
        expected,
        names,
        marker="|",
        s=400,
        color="black",
        label="expected (arithmetic)",
    )
    ax.invert_yaxis()
    ax.set(xlabel="peak above baseline, MiB")
    fig.legend(loc="outside lower center", ncols=2, fontsize="small")
    ax.set_title(f"{cpu_model()}, {machine}", fontsize="small")
    fig.savefig("memory-peaks.svg")


jobs = [name for name in CONFIGURATIONS for _ in range(RUNS)]
with ThreadPoolExecutor(max_workers=2) as pool:  # (1)!
    peaks = list(pool.map(peak_mib, jobs))
measured = {
    name: sorted(peaks[i * RUNS : (i + 1) * RUNS])
    for i, name in enumerate(CONFIGURATIONS)
}

print(f"peak above baseline, MiB: median of {RUNS} runs (all runs)")
for name, runs in measured.items():
    print(
        f"{name:46} {runs[RUNS // 2]:6.1f}   "
        f"({', '.join(f'{run:.1f}' for run in runs)})"
    )
glibc = platform.libc_ver()[1]
machine = f"{os.cpu_count()} cores, {platform.system()}, glibc {glibc}"
print(
    f"measured on the CPU: {machine}, torch "
    f"{version('torch').split('+')[0]}"
)
draw(
    measured,
    expected=[2 * RESULT_MIB]
    + [RESULT_MIB + PIECE_MIB] * 2
    + [RESULT_MIB],
)

cat, assign, assign_no_cache, out = (
    runs[RUNS // 2] for runs in measured.values()
)
assert (
    cat > 1.9 * RESULT_MIB
)  # every piece and the result, alive together
assert out < RESULT_MIB + PIECE_MIB  # the result, and nothing else
assert (
    assign_no_cache < RESULT_MIB + 2 * PIECE_MIB
)  # the result and one temporary
assert out < assign < 1.25 * RESULT_MIB
