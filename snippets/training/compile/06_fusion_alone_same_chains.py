# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/compile.md:512
# timeout: 300
# since: torch=2.10


import re
import resource
import statistics
import time

import torch
from torch._inductor.utils import run_and_get_code

device = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else "cpu"
)
accelerated = torch.accelerator.is_available()
torch.set_num_threads(1)


def sync():
    if accelerated:
        torch.accelerator.synchronize()


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


def cheap_into(x, out, tmp):
    torch.mul(x, 2, out=out)
    out.add_(1).mul_(x).sub_(3).mul_(x).add_(x)


def transcendental_into(x, out, tmp):
    torch.ops.aten.gelu.out(x, out=out)  # (1)!
    out.mul_(torch.sigmoid(x, out=tmp))
    out.add_(torch.tanh(x, out=tmp)).div_(2)


numel = 2**20 if device == "cpu" else 2**24
x = torch.randn(numel, device=device)
out, tmp = torch.empty_like(x), torch.empty_like(x)
cases = {
    "cheap chain": (cheap_into, ((x * 2 + 1) * x - 3) * x + x),
    "transcendental chain": (
        transcendental_into,
        (torch.nn.functional.gelu(x) * torch.sigmoid(x) + torch.tanh(x))
        / 2,
    ),
}
args, clock = (x, out, tmp), 0 if device == "cpu" else 1
pages = x.nbytes / resource.getpagesize()
found = {}
for name, (fn, expected) in cases.items():
    compiled = torch.compile(fn)
    _, code = run_and_get_code(compiled, *args)
    torch.testing.assert_close(out, expected, rtol=1e-4, atol=1e-4)
    fn(*args)
    torch.testing.assert_close(out, expected, rtol=1e-4, atol=1e-4)
    code = "".join(code)
    kernels = sorted(
        set(re.findall(r"\b(?:cpp|triton)_\w*fused_\w+", code))
    )
    buffers = len(re.findall(r"= empty_strided_\w+\(", code))
    print(
        f"{name}, in buffers made once: generated kernels {kernels}, "
        f"{buffers} tensors allocated per call"
    )

    versions = {"eager": fn, "compiled": compiled}
    for f in versions.values():
        for _ in range(3):
            f(*args)
    calls = max(3, round(0.05 / per_call(fn, args, 3)[clock]))
    runs = {label: [] for label in versions}
    for round_ in range(7):
        order = list(versions)[:: 1 if round_ % 2 == 0 else -1]
        for label in order:
            runs[label].append(per_call(versions[label], args, calls))
    ratios = [
        c[clock] / e[clock]
        for e, c in zip(runs["eager"], runs["compiled"], strict=True)
    ]
    faults = {
        label: statistics.mean(t[2] for t in r)
        for label, r in runs.items()
    }
    found[name] = (len(kernels), buffers, ratios, faults)
    for label, r in runs.items():
        cpu_ms, wall_ms = ([1e3 * t[i] for t in r] for i in (0, 1))
        print(
            f"  {label:8} CPU {statistics.median(cpu_ms):.3f} ms "
            f"({min(cpu_ms):.3f} to {max(cpu_ms):.3f}), wall "
            f"{statistics.median(wall_ms):.3f} ms, "
            f"{faults[label]:.1f} page faults per call"
        )
    print(
        f"  compiled / eager per round: median "
        f"{statistics.median(ratios):.2f}, {min(ratios):.2f} to "
        f"{max(ratios):.2f}"
    )

for kernels, buffers, _, faults in found.values():
    assert (kernels, buffers) == (1, 0)  # (2)!
    assert max(faults.values()) < pages / 100  # (3)!
ratios = found["cheap chain"][2]
assert statistics.median(ratios) < 1 and max(ratios) < 1.2  # (4)!
