from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from verified_docs.run import Runner

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["pytester"]


def write_page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    """A one-page docs tree under ``tmp_path``; returns the page path."""
    page = tmp_path / "docs" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return page


@pytest.fixture(scope="session")
def standalone_runs(request):
    from verified_docs.pytest_plugin import standalone_runs

    return standalone_runs(request.config, sorted((ROOT / "snippets").rglob("*.py")))


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
