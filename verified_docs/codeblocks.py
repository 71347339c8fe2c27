"""Where this engine meets pytest-codeblocks: under ``pytest --codeblocks``, pytest-codeblocks
runs the pages itself, in one process, as an independent second runner.

The page model keeps the directives both runners read compatible (``cont``,
``expected-output``, ``pytest.mark.skip``/``skipif``/``xfail``); this module only gives
pytest-codeblocks a working directory: it executes every block in its own process and
working directory, so blocks that write files must write them elsewhere, and blocks that read
prepared data (``<!--snippet:setup NAME-->``) must find it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from verified_docs.model.page import DocError, markdown_files, parse_page
from verified_docs.run.setups import prepare, setup_modules


def enabled(config: pytest.Config) -> bool:
    return bool(getattr(config.option, "codeblocks", False))


class CodeblocksWorkdir:
    """A pytest plugin: the session runs in a temporary directory with every set-up the docs
    use, and comes back (removing it) when it ends."""

    def __init__(self, docs: Path):
        self.docs = docs
        self.origin: Path | None = None
        self.workdir: Path | None = None

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        names: set[str] = set()
        for path in markdown_files(self.docs):
            with contextlib.suppress(DocError):
                names.update(n for b in parse_page(path).blocks for n in b.spec.setups)
        self.workdir = Path(tempfile.mkdtemp(prefix="codeblocks-"))
        prepare(tuple(sorted(names)), self.workdir, setup_modules(tuple(names)))
        self.origin = Path.cwd()
        os.chdir(self.workdir)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.origin is not None:
            os.chdir(self.origin)
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
