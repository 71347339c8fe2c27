"""Every generated snippet runs as a reader runs it: `python file.py` in an empty directory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from verified_docs.extract import read_header
from verified_docs.setups import prepare

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))


@pytest.mark.standalone
@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_snippet_runs_standalone(snippet: Path, tmp_path: Path):
    header = read_header(snippet)
    prepare(header.setups, tmp_path)
    result = subprocess.run(
        [sys.executable, str(snippet)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "MPLBACKEND": "Agg"},
        # no VERIFIED_DOCS_* variables: the snippet sees only what a reader has
    )
    if header.raises is None:
        assert result.returncode == 0, f"{header.source}\n{result.stderr}"
    else:
        assert result.returncode == 1
        assert raised(result.stderr) == header.raises, result.stderr


def raised(stderr: str) -> str:
    """The exception's class name from a traceback; its message may span several lines."""
    lines = stderr.splitlines()
    start = max(i for i, line in enumerate(lines) if line.startswith("Traceback"))
    for line in lines[start + 1 :]:
        if line and not line[0].isspace():
            return line.split(":")[0].rsplit(".", 1)[-1]
    return ""
    assert not list(ROOT.glob("snippets/**/*.pyc"))
