# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:576
# devices: cpu


import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scaler = torch.amp.GradScaler("cuda")
if not torch.cuda.is_available():
    assert not scaler.is_enabled()
    print(caught[0].message)
