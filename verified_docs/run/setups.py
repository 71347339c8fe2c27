"""Named set-ups that prepare a snippet's empty working directory before it runs.

A block asks for one with ``<!--snippet:setup NAME-->``. A set-up only creates
files the snippet reads (for example a data set on disk); the code the reader
sees stays the whole program. Each set-up is a function taking the directory.

A set-up may provide stand-in data (a subset) when the real data is absent. The
outputs shown on the pages come from the real data, so :func:`stand_in` tells the
runner when a block's printed output cannot be compared with the page.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path

SETUPS: dict[str, Callable[[Path], None]] = {}


def setup(name: str) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    def register(function: Callable[[Path], None]) -> Callable[[Path], None]:
        SETUPS[name] = function
        return function

    return register


STAND_INS: dict[str, Callable[[], str | None]] = {}
#: The files a set-up copies its data from: their content is part of a result's key.
DATA_FILES: dict[str, Callable[[], list[Path]]] = {}


@functools.cache
def _file_digest(path: Path, size: int, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_digest(names: tuple[str, ...]) -> str:
    """A hash of the content of the data these set-ups provide ("" when they provide none)."""
    parts = []
    for name in names:
        for path in sorted(DATA_FILES.get(name, list)()):
            stat = path.stat() if path.is_file() else None
            digest = _file_digest(path, stat.st_size, stat.st_mtime_ns) if stat else "missing"
            parts.append(f"{name}:{path.name}:{digest}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16] if parts else ""


def prepare(names: tuple[str, ...], workdir: Path) -> None:
    for name in names:
        SETUPS[name](workdir)


def stand_in(names: tuple[str, ...]) -> str | None:
    """Why these set-ups give stand-in data here, or None when the data is the real one."""
    for name in names:
        reason = STAND_INS.get(name, lambda: None)()
        if reason:
            return reason
    return None


def _fashion_mnist_subset() -> str | None:
    from verified_docs.project.fashion_mnist import ENV, source

    if source() == "subset":
        return f"the shipped Fashion-MNIST subset stands in for the full set ({ENV} is not set)"
    return None


def _fashion_mnist_files() -> list[Path]:
    from verified_docs.project.fashion_mnist import data_files

    return data_files()


STAND_INS["fashion-mnist"] = _fashion_mnist_subset
DATA_FILES["fashion-mnist"] = _fashion_mnist_files


@setup("fashion-mnist")
def fashion_mnist(workdir: Path) -> None:
    """``data/FashionMNIST/raw/`` for ``datasets.FashionMNIST(root="data", download=True)``."""
    from verified_docs.project.fashion_mnist import prepare as prepare_fashion_mnist

    prepare_fashion_mnist(workdir)
