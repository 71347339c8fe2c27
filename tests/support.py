"""Helpers shared by the tooling's tests (a plain module: two conftest.py files would
shadow each other under one import name)."""

from __future__ import annotations

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
