"""The version matrix as the site shows it: which torch and Python each page passed on.

A *cell* is one CPU environment as a reader tells them apart (torch, torchvision, Python and
the results file: the local store of the test run, or a report of ``make matrix``). A page
counts as verified on a cell when each of its blocks has a current result there (made from
the block's code now) that passed, or skipped because the block declares a newer release
(``<!--snippet:since torch=2.9-->``: the page says so at the block).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from verified_docs.model.directives import release
from verified_docs.model.page import CodeBlock, Page
from verified_docs.results.store import REPORTS_DIR, Result, Store, block_key, item_id
from verified_docs.run.setups import shipped_data

#: A skip that a declared minimum made (run/verify.py: too_old).
NEEDS = re.compile(r"needs (torch|torchvision|python) ")


@dataclass(frozen=True, order=True)
class Cell:
    torch: tuple[int, ...]
    python: tuple[int, ...]
    torch_version: str
    python_version: str
    torchvision: str
    source: str


def short(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version[:2]))


def outcome(result: Result | None) -> str:
    """``passed``, ``failed``, ``needs`` (a declared minimum skipped it), ``skipped``, or
    ``missing`` (no current result in the cell)."""
    if result is None:
        return "missing"
    if result.status == "skipped" and NEEDS.match(result.detail):
        return "needs"
    return result.status


def _cell(store: Store, env: dict) -> Cell:
    torch = (env.get("torch") or "").split("+")[0]
    return Cell(
        release(torch),
        release(env.get("python")),
        torch,
        ".".join(str(env.get("python")).split(".")[:2]),
        (env.get("torchvision") or "").split("+")[0],
        store.source,
    )


class Matrix:
    """Each CPU cell's results, by item; per-page counts and ranges for the code now.

    ``key``: the block's key with this machine's data (the local store's runs); a committed
    report's results are compared with the key for the shipped data (``shipped_data``)."""

    def __init__(self, stores: list[Store], key: Callable[[CodeBlock], str] = block_key):
        self.key = key
        self._shipped: dict[int, str] = {}
        self.found: dict[Cell, dict[str, list[Result]]] = defaultdict(lambda: defaultdict(list))
        for store in stores:
            cells = {i: _cell(store, e) for i, e in store.environments.items()
                     if e.get("device") == "cpu"}  # fmt: skip
            for result in sorted(store.results.values(), key=lambda r: r.date, reverse=True):
                cell = cells.get(result.environment)
                if cell and result.device in {"cpu", "cpu-spawn"}:
                    self.found[cell][result.item].append(result)  # newest first
        self.cells = sorted(self.found)

    def shipped_key(self, block: CodeBlock) -> str:
        if id(block) not in self._shipped:
            with shipped_data():
                self._shipped[id(block)] = block_key(block)
        return self._shipped[id(block)]

    def current(self, block: CodeBlock, leg: str, cell: Cell) -> Result | None:
        report = cell.source.startswith(f"{REPORTS_DIR.as_posix()}/")
        key = self.shipped_key(block) if report else self.key(block)
        return next(
            (r for r in self.found[cell].get(item_id(block, leg), []) if r.key == key), None
        )

    def block(self, block: CodeBlock, cell: Cell) -> str:
        """The block's outcome in ``cell``: the worse of its CPU legs."""
        legs = ["cpu", "cpu-spawn"] if block.spec.spawn else ["cpu"]
        outcomes = [outcome(self.current(block, leg, cell)) for leg in legs]
        order = ["failed", "missing", "skipped", "needs", "passed"]
        return min(outcomes, key=order.index)

    def dates(self, pages: list[Page], cell: Cell) -> list[str]:
        legs = ("cpu", "cpu-spawn")
        found = [self.current(b, leg, cell) for p in pages for b in p.blocks for leg in legs]
        return sorted(r.date[:10] for r in found if r is not None)

    def shown(self, pages: list[Page]) -> list[Cell]:
        """The cells with a current result of some page, other than a skip."""
        blocks = [b for p in pages for b in p.blocks]
        ran = {"missing", "skipped"}
        return [c for c in self.cells if any(self.block(b, c) not in ran for b in blocks)]

    def counts(self, page: Page, cell: Cell) -> Counter:
        return Counter(self.block(b, cell) for b in page.blocks)

    def verified_on(self, page: Page) -> list[Cell]:
        """The cells where every block of the page passed, skipped by its own marks, or
        declared a newer release."""
        good = []
        for cell in self.cells:
            counts = self.counts(page, cell)
            if counts["passed"] and not counts["failed"] and not counts["missing"]:
                good.append(cell)
        return good

    def page_range(self, page: Page) -> str:
        """``torch 2.6–2.15 · Python 3.10–3.13``, or "" where no cell verified the page."""
        return describe_range(self.verified_on(page))

    def complete(self, pages: list[Page]) -> list[Cell]:
        """The cells on which every page is verified (or declares what it needs)."""
        pages = [p for p in pages if p.blocks]
        return [c for c in self.cells if all(c in self.verified_on(p) for p in pages)]


def describe_range(cells: list[Cell]) -> str:
    if not cells:
        return ""

    def span(versions: list[tuple[int, ...]]) -> str:
        low, high = short(min(versions)), short(max(versions))
        return low if low == high else f"{low}–{high}"

    return f"torch {span([c.torch for c in cells])} · Python {span([c.python for c in cells])}"


def cell_text(counts: Counter, total: int) -> str:
    """One page in one cell, e.g. ``12/12`` or ``10/12 · 2 need newer · 1 failed``."""
    if counts["missing"] == total:
        return "not run"
    text = f"{counts['passed']}/{total - counts['skipped'] - counts['needs']}"
    extras = [("needs", "need a newer release"), ("failed", "failed"), ("missing", "not run")]
    text += "".join(f" · {counts[k]} {what}" for k, what in extras if counts[k])
    return ("✓ " if not (counts["failed"] or counts["missing"]) else "✗ ") + text


def matrix_section(matrix: Matrix, pages: list[Page], page_link) -> list[str]:
    """The Verification page's version matrix: pages × CPU cells."""
    lines = [
        "## Versions",
        "",
        "Every block also runs on the CPU with other releases of torch and Python: `make matrix",
        "TORCH=2.10.0 PYTHON=3.12` builds that environment and writes a report under `reports/`",
        "(see the README). A cell counts the page's blocks with a current result there that",
        "passed, of those that ran; a block that declares a newer release "
        "(`<!--snippet:since torch=2.9-->`) is counted apart. ✓: every block passed or "
        "declared its release.",
        "",
    ]
    cells = matrix.shown(pages)
    if not cells:
        return [*lines, "No CPU results yet.", ""]
    head = [f"torch {c.torch_version}<br>Python {c.python_version}" for c in cells]
    lines += [
        "| page | " + " | ".join(head) + " |",
        "| --- |" + " --- |" * len(head),
    ]
    for page in (p for p in pages if p.blocks):
        row = [cell_text(matrix.counts(page, c), len(page.blocks)) for c in cells]
        lines.append(f"| {page_link(page)} | " + " | ".join(row) + " |")
    vision = [f"torchvision {c.torchvision}" for c in cells]
    dates = [matrix.dates(pages, c) for c in cells]
    when = [f"{d[0]} to {d[-1]}" if d[0] != d[-1] else d[0] for d in dates]
    files = [f"`{c.source}`" for c in cells]
    for name, row in (("with", vision), ("runs", when), ("results file", files)):
        lines.append(f"| *{name}* | " + " | ".join(row) + " |")
    return [*lines, ""]
