# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:794


import gc
import os
from pathlib import Path

import torch

statm = Path("/proc/self/statm")


def resident_mib():
    return (
        int(statm.read_text().split()[1])
        * os.sysconf("SC_PAGE_SIZE")
        / 2**20
    )


torch.save({"weight": torch.randn(32 * 2**20)}, "big.pth")  # 128 MiB
gc.collect()  # (1)!
if statm.exists():
    before = resident_mib()
    mapped = torch.load("big.pth", mmap=True, weights_only=True)
    after_mmap = resident_mib()
    mapped["weight"].sum()  # (2)!
    after_use = resident_mib()
    del mapped
    before_read = resident_mib()
    read = torch.load("big.pth", weights_only=True)
    after_read = resident_mib()
    print(
        f"mmap=True: +{after_mmap - before:.0f} MiB, "
        f"+{after_use - before:.0f} MiB once used"
    )
    print(f"default:   +{after_read - before_read:.0f} MiB")
    assert after_mmap - before < 16 < 100 < after_read - before_read
