"""Every generated snippet runs as a reader runs it: `python file.py` in an empty directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from verified_docs.extract import read_header

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))


@pytest.mark.standalone
@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_snippet_runs_standalone(snippet: Path, tmp_path: Path):
    header = read_header(snippet)
    result = subprocess.run(
        [sys.executable, str(snippet)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "MPLBACKEND": "Agg"},
    )
    if header.raises is None:
        assert result.returncode == 0, f"{header.source}\n{result.stderr}"
    else:
        last = result.stderr.strip().splitlines()[-1]
        assert result.returncode == 1
        assert last.split(":")[0].rsplit(".", 1)[-1] == header.raises, result.stderr
    assert not list(ROOT.glob("snippets/**/*.pyc"))
