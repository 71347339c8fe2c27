"""The project's own docs: in sync with snippets/, and every python fence collected."""

from __future__ import annotations

import re
import subprocess
import sys

from support import ROOT

from verified_docs.model.page import parse_docs
from verified_docs.results.snippets import find_drift

PYTHON_FENCE = re.compile(r"^\s*```python\s*$", re.MULTILINE)
CONT = re.compile(r"^\s*<!--\s*pytest-codeblocks:cont\s*-->\s*$", re.MULTILINE)


def fences() -> tuple[int, int]:
    """Python fences and continuations, counted from the raw text (not with the parser)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").rglob("*.md"))]
    return sum(len(PYTHON_FENCE.findall(t)) for t in texts), sum(
        len(CONT.findall(t)) for t in texts
    )


def collect(*args: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if "::" in line]


def test_snippets_match_the_docs():
    problems = find_drift(ROOT, parse_docs(ROOT / "docs", ROOT))
    assert not problems, "\n".join(problems)


def test_every_python_fence_is_collected_once_per_device():
    python_fences, _ = fences()
    items = collect("docs")
    assert python_fences > 0
    for device in ("cpu", "cuda", "mps"):
        assert sum(item.endswith(f"[{device}]") for item in items) == python_fences


def test_pytest_codeblocks_sees_every_fence_too():
    """pytest-codeblocks merges a continued block into the block it continues."""
    python_fences, continuations = fences()
    assert len(collect("--codeblocks", "docs")) == python_fences - continuations
