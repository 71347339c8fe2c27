"""Helpers shared by the tooling's tests (a plain module: two conftest.py files would
shadow each other under one import name)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import psutil
import pytest

from verified_docs.model.page import DocError, parse_page

ROOT = Path(__file__).resolve().parent.parent


def write_page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    """A one-page docs tree under ``tmp_path``; returns the page path."""
    page = tmp_path / "docs" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return page


def parse(tmp_path: Path, text: str):
    """The page ``text`` parsed as ``docs/page.md`` under ``tmp_path``."""
    page = write_page(tmp_path, text)
    return parse_page(page, display_path=page.relative_to(tmp_path))


def error_for(tmp_path: Path, text: str) -> DocError:
    """The error that parsing ``text`` raises; it names the page."""
    with pytest.raises(DocError) as caught:
        parse(tmp_path, text)
    assert caught.value.path.as_posix() == "docs/page.md"
    return caught.value


def running(marker: str) -> list[int]:
    """Processes (not zombies) whose command line contains ``marker``."""
    return [
        process.pid
        for process in psutil.process_iter(["cmdline", "status"])
        if any(marker in part for part in process.info["cmdline"] or ())
        and process.info["status"] != psutil.STATUS_ZOMBIE
    ]


def gone(marker: str, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while running(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not running(marker)


def unique_marker() -> str:
    """A sleep duration no other process uses, to find a snippet's processes by."""
    return f"{300 + int(uuid.uuid4().int % 10**6) / 10**6:.6f}"


def commit_all(root: Path) -> Path:
    """``root`` as a git working tree with everything in it committed."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(root)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "init"], check=True)
    return root


def build_site(root: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of the docs under ``root`` with this project's hook."""
    (root / "mkdocs.yml").write_text(
        f"site_name: t\nhooks:\n  - {ROOT / 'verified_docs/site/hook.py'}\n", encoding="utf-8"
    )
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"],
        cwd=root,
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


def interrupt_harness(code: str, snippet: Path, marker: str, sig: int, tmp: Path) -> None:
    """Run ``python -c code snippet`` (TMPDIR ``tmp``), wait until a process with ``marker`` in
    its command line runs, then send the harness ``sig`` and wait for it to end."""
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
    harness = subprocess.Popen([sys.executable, "-c", code, str(snippet)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not running(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert running(marker), "the snippet did not start"
        harness.send_signal(sig)
        harness.wait(timeout=30)
    finally:
        harness.kill()


#: A block whose branch runs only when VD_BRANCH is set: which lines ran depends on it.
BRANCH_PAGE = """
# Branches

```python
import os

if os.environ.get("VD_BRANCH"):
    x = 1
    assert x == 1
print("done")
```
"""


def verify_branch(tmp_path: Path, monkeypatch, branch: str, page: str = BRANCH_PAGE):
    """The page parsed, and its first block verified on the CPU with VD_BRANCH=``branch``,
    its lines recorded: (page, environment, Verification)."""
    from verified_docs.results.snippets import render
    from verified_docs.results.store import environment
    from verified_docs.run.runner import Runner
    from verified_docs.run.verify import verify

    monkeypatch.setenv("VD_BRANCH", branch)
    parsed = parse(tmp_path, page)
    block = parsed.blocks[0]
    snippet = tmp_path / "snippet.py"
    snippet.write_text(render(block), encoding="utf-8")
    env = environment("cpu", "test cpu")
    with Runner("cpu") as runner:
        return parsed, env, verify(block, snippet, runner, env, record_lines=True)
