from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verified_docs.run.runner import Runner

pytest_plugins = ["pytester"]


_STANDALONE = pytest.StashKey[object]()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The standalone items come last: their files run on a pool of their own from the start,
    so the session runs everything else meanwhile instead of waiting for them."""
    items.sort(key=lambda item: item.get_closest_marker("standalone") is not None)


def pytest_collection_finish(session: pytest.Session) -> None:
    """The standalone runs start as soon as they are collected, on a pool of their own, so
    that they use the cores while the session runs everything else."""
    selected = [item for item in session.items if item.get_closest_marker("standalone")]
    if selected:
        from verified_docs.pytest_plugin import standalone_runs

        files = sorted(item.callspec.params["snippet"] for item in selected)
        runs = standalone_runs(session.config, files)
        runs.start()
        session.config.stash[_STANDALONE] = runs


@pytest.fixture(scope="session")
def standalone_runs(request):
    return request.config.stash[_STANDALONE]


@pytest.fixture(scope="session")
def cpu_runner():
    with Runner("cpu") as runner:
        yield runner


@pytest.fixture
def snippet_file(tmp_path: Path):
    def make(code: str, name: str = "snippet.py") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
        return path

    return make
