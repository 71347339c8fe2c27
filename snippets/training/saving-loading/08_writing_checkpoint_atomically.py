# Generated from the docs by `make snippets`: edit the Markdown.
# source: docs/training/saving-loading.md:376


import contextlib
import os
import tempfile
from pathlib import Path

import torch


def save_atomically(obj, path):
    path = Path(path)
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}."
    )  # (1)!
    try:
        with os.fdopen(fd, "wb") as file:
            torch.save(obj, file)
            file.flush()
            os.fsync(file.fileno())  # (2)!
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


class FailsWhileSaving:
    def __reduce__(self):
        raise RuntimeError("interrupted")


for save, path in (
    (torch.save, "plain.pth"),
    (save_atomically, "atomic.pth"),
):
    save({"epoch": 1, "weight": torch.ones(3)}, path)
    with contextlib.suppress(RuntimeError):
        save(
            {
                "epoch": 2,
                "weight": torch.zeros(3),
                "oops": FailsWhileSaving(),
            },
            path,
        )
    try:
        epoch = torch.load(path, weights_only=True)["epoch"]
    except RuntimeError:
        epoch = "none, the file is corrupt"
    print(f"{path}: the checkpoint on disk is from epoch {epoch}")

assert not list(Path().glob(".atomic.pth.*"))  # (3)!
