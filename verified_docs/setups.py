"""Named set-ups that prepare a snippet's empty working directory before it runs.

A block asks for one with ``<!--snippet:setup NAME-->``. A set-up only creates
files the snippet reads (for example a data set on disk); the code the reader
sees stays the whole program. Each set-up is a function taking the directory.

A set-up may provide stand-in data (a subset) when the real data is absent. The
outputs shown on the pages come from the real data, so :func:`stand_in` tells the
runner when a block's printed output cannot be compared with the page.
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


STAND_INS: dict[str, Callable[[], str | None]] = {}


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
    from .fashion_mnist import ENV, source

    if source() == "subset":
        return f"the shipped Fashion-MNIST subset stands in for the full set ({ENV} is not set)"
    return None


STAND_INS["fashion-mnist"] = _fashion_mnist_subset


@setup("fashion-mnist")
def fashion_mnist(workdir: Path) -> None:
    """``data/FashionMNIST/raw/`` for ``datasets.FashionMNIST(root="data", download=True)``."""
    from .fashion_mnist import prepare as prepare_fashion_mnist

    prepare_fashion_mnist(workdir)
