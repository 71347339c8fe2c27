"""Named set-ups that prepare a snippet's empty working directory before it runs.

A block asks for one with ``<!--snippet:setup NAME-->``. A set-up only creates
files the snippet reads (for example a data set on disk); the code the reader
sees stays the whole program. Each set-up is a function taking the directory.

A set-up may provide stand-in data (a subset) when the real data is absent. The
outputs shown on the pages come from the real data, so :func:`stand_in` tells the
runner when a block's printed output cannot be compared with the page.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

SETUPS: dict[str, Callable[[Path], None]] = {}


def setup(
    name: str,
    *,
    data_files: Callable[[], list[Path]] | None = None,
    stand_in: Callable[[], str | None] | None = None,
    real_data_env: str | None = None,
) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    """Register a set-up; ``data_files``: the files whose content is part of a result's key;
    ``stand_in``: why the data is a stand-in here, or None when it is the real one;
    ``real_data_env``: the variable that points it at the real data instead of a stand-in."""

    def register(function: Callable[[Path], None]) -> Callable[[Path], None]:
        SETUPS[name] = function
        if data_files:
            DATA_FILES[name] = data_files
        if stand_in:
            STAND_INS[name] = stand_in
        if real_data_env:
            REAL_DATA_ENV[name] = real_data_env
        return function

    return register


STAND_INS: dict[str, Callable[[], str | None]] = {}
#: The files a set-up copies its data from: their content is part of a result's key.
DATA_FILES: dict[str, Callable[[], list[Path]]] = {}
REAL_DATA_ENV: dict[str, str] = {}


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


def setup_modules(names: tuple[str, ...]) -> list[str]:
    """The modules that define these set-ups, for a worker to import before it prepares."""
    return sorted({SETUPS[name].__module__ for name in names if name in SETUPS})


def prepare(names: tuple[str, ...], workdir: Path, modules: list[str] = ()) -> None:
    for module in modules:
        importlib.import_module(module)
    for name in names:
        SETUPS[name](workdir)


@contextlib.contextmanager
def shipped_data() -> Iterator[None]:
    """The set-ups' shipped data, wherever the environment points them at real data: ``make
    matrix`` runs every cell with it (the same data on every machine), so a report's keys hash
    it."""
    names = set(REAL_DATA_ENV.values())
    saved = {name: os.environ.pop(name) for name in names if name in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def stand_in(names: tuple[str, ...]) -> str | None:
    """Why these set-ups give stand-in data here, or None when the data is the real one."""
    for name in names:
        reason = STAND_INS.get(name, lambda: None)()
        if reason:
            return reason
    return None
