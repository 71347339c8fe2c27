"""The Corrections page's list of typos, one section per page, in one format.

``docs/typos/<page>.md`` holds the typo-only corrections of one guide page, named after
it (``data-datasets.md`` for ``data/datasets.md``; a name that is unique among the pages
may be the page's alone: ``devices.md``). The files were written in several formats: some
start with a ``### Page`` heading, some name the page in bold at the start of an item
(``- **Views**: ...``, ``- **Datasets** — ...``), some do neither. Here every file
becomes a section under its page's title, linked, with its items as they are minus that
heading or name, so no typo lands under another page's heading.
"""

from __future__ import annotations

import re
from pathlib import Path

_HEADING = re.compile(r"^#{1,6}\s+.*$\n*", re.MULTILINE)
_NAMED = re.compile(r"^- \*\*[^*]+\*\*\s*(?::|—|-)\s*", re.MULTILINE)


def page_for(stem: str, pages: list[str]) -> str | None:
    """The docs-relative page a typo file is about, by its file name."""
    exact = [p for p in pages if p.removesuffix(".md").replace("/", "-") == stem]
    alone = [p for p in pages if Path(p).stem == stem]
    found = exact or alone
    return found[0] if len(found) == 1 else None


def items(text: str) -> str:
    """The file's list, without a heading or a leading page name."""
    body = _HEADING.sub("", text).strip()
    return _NAMED.sub("- ", body)


def section(typos_dir: Path, titles: dict[str, str], level: str = "###") -> str:
    """Every typo file as ``### [Page title](page.md)`` and its items, in navigation order
    (files that match no page last, under their file name)."""
    pages = list(titles)
    found = []
    for path in sorted(typos_dir.glob("*.md")):
        page = page_for(path.stem, pages)
        rank = pages.index(page) if page else len(pages)
        heading = f"[{titles[page]}]({page})" if page else path.stem
        found.append((rank, heading, items(path.read_text(encoding="utf-8"))))
    return "\n\n".join(f"{level} {h}\n\n{body}" for _, h, body in sorted(found))
