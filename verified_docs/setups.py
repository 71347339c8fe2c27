"""Named set-ups that prepare a snippet's empty working directory before it runs.

A block asks for one with ``<!--snippet:setup NAME-->``. A set-up only creates
files the snippet reads (for example a data set on disk); the code the reader
sees stays the whole program. Each set-up is a function taking the directory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

SETUPS: dict[str, Callable[[Path], None]] = {}


def setup(name: str) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:
    def register(function: Callable[[Path], None]) -> Callable[[Path], None]:
        SETUPS[name] = function
        return function

    return register


def prepare(names: tuple[str, ...], workdir: Path) -> None:
    for name in names:
        SETUPS[name](workdir)


@setup("fashion-mnist")
def fashion_mnist(workdir: Path) -> None:
    """``data/FashionMNIST/raw/`` for ``datasets.FashionMNIST(root="data", download=True)``."""
    from .fashion_mnist import prepare as prepare_fashion_mnist

    prepare_fashion_mnist(workdir)
