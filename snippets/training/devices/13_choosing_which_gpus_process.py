# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/devices.md:567


import os
import subprocess
import sys

import torch

code = (
    "import torch; "
    "print(torch.cuda.is_available(), torch.cuda.device_count())"
)


def child_sees(env):
    run = [sys.executable, "-c", code]
    return subprocess.run(
        run, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


hidden = child_sees({**os.environ, "CUDA_VISIBLE_DEVICES": ""})
print(hidden)
assert hidden == "False 0"
assert (
    child_sees(os.environ)
    == f"{torch.cuda.is_available()} {torch.cuda.device_count()}"
)
if (
    torch.version.hip is not None
):  # a ROCm build: AMD GPUs are "cuda" devices
    assert (
        child_sees({**os.environ, "HIP_VISIBLE_DEVICES": ""})
        == "False 0"
    )
