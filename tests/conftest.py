from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from support import ROOT

from verified_docs.run.runner import Runner

pytest_plugins = ["pytester"]


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
