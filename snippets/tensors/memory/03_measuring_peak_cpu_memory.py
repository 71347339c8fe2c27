# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/tensors/memory.md:90
# devices: cpu


import subprocess
import sys

import torch

held = torch.ones(128 * 2**20)  # 512 MiB, written, so resident in this parent

CHILD = """
import resource
with open("/proc/self/status") as status:
    hwm_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, hwm_kib // 1024)
"""
done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True)
maxrss_mib, hwm_mib = map(int, done.stdout.split())

print(f"empty child: ru_maxrss {maxrss_mib} MiB, VmHWM {hwm_mib} MiB")
assert maxrss_mib >= 512 > 10 * hwm_mib
