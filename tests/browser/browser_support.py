"""Shared by the browser tests: where the site is, how Chromium starts, the page list."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the site, as a URL path (`tensors/basics/`)."""
    pages = []
    for path in sorted(site_dir.rglob("index.html")):
        relative = path.parent.relative_to(site_dir).as_posix()
        pages.append("" if relative == "." else f"{relative}/")
    return pages


def site_url() -> str:
    """The address the site was built for: $SITE_URL, else mkdocs.yml's default."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    default = re.search(r'^site_url: !ENV \[SITE_URL, "([^"]+)"\]', config, re.MULTILINE)
    assert default, "mkdocs.yml: site_url comes from the environment variable SITE_URL"
    url = os.environ.get("SITE_URL") or default.group(1)
    return url if url.endswith("/") else url + "/"
