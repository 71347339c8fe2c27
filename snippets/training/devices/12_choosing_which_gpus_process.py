# Generated from the Markdown by `make snippets`: edit the docs, not this file.
# source: docs/training/devices.md:399


import os
import subprocess
import sys

code = "import torch; print(torch.cuda.is_available(), torch.cuda.device_count())"
env = {**os.environ, "CUDA_VISIBLE_DEVICES": ""}
result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
print(result.stdout.strip())
