# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/tensors/memory.md:98
# devices: cpu


import subprocess
import sys

import torch

peak = torch.ones(
    128 * 2**20
)  # 512 MiB, written: the parent's resident memory peaks
del (
    peak
)  # handed back to the system: the parent's RSS falls, its peak stays

CHILD = """
import resource
with open("/proc/self/status") as status:
    hwm = [line for line in status if line.startswith("VmHWM:")]
hwm_kib = int(hwm[0].split()[1])
maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(maxrss_kib // 1024, hwm_kib // 1024)
"""
with open("/proc/self/status") as status:
    fields = dict(line.split(":", 1) for line in status)
rss_mib = int(fields["VmRSS"].split()[0]) // 1024
done = subprocess.run(
    [sys.executable, "-c", CHILD],
    capture_output=True,
    text=True,
    check=True,
)
maxrss_mib, hwm_mib = map(int, done.stdout.split())

print(f"parent: RSS {rss_mib} MiB when it starts the child")
print(f"empty child: ru_maxrss {maxrss_mib} MiB, VmHWM {hwm_mib} MiB")
assert (
    maxrss_mib > rss_mib + 256
)  # more than the parent held: its earlier peak
assert maxrss_mib >= 512 > 10 * hwm_mib
