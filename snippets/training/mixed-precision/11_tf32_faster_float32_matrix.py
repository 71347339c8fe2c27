# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/mixed-precision.md:707


import warnings

import torch

for old in (
    torch.cuda.amp.autocast,
    torch.cpu.amp.autocast,
    torch.cuda.amp.GradScaler,
):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old()
    future = [w for w in caught if w.category is FutureWarning]
    print(str(future[0].message).split(". ")[0])
