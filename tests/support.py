"""Helpers shared by the tooling's tests (a plain module: two conftest.py files would
shadow each other under one import name)."""

from __future__ import annotations

import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    """A one-page docs tree under ``tmp_path``; returns the page path."""
    page = tmp_path / "docs" / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return page
