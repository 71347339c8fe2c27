"""What the site shows about verification: block and page status, the generated pages.

Everything here is derived from the docs (parsed) and the stored results (the local
store, then each report committed under ``reports/``). A result counts as
verification only for the block it was made from: its key must equal the block's key
now. Otherwise the block has "changed since the last run", or was "not run".
"""

from __future__ import annotations

import ast
import html
import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from verified_docs.model.directives import DEVICE_NAMES
from verified_docs.model.page import DEVICES, CodeBlock, Page
from verified_docs.results.snippets import snippet_relpath
from verified_docs.results.store import Result, Store, block_key, host_id, item_id
from verified_docs.run.lines import statement_spans
from verified_docs.site import versions

STATES = {"passed": "verified", "failed": "failed", "skipped": "skipped"}
GOOD = {"verified", "skipped"}
#: "partly run": it passed, but one of its checks (an ``assert``) ran on no device.
WORST_FIRST = ["failed", "changed", "not run", "partly run", "skipped", "verified"]
ACCELERATORS = tuple(d for d in DEVICES if d != "cpu")
LEGS = ("cpu", "cpu-spawn", *ACCELERATORS)
#: Where the site says how to run the blocks on a GPU (the Verification page's section).
GPU_HOWTO = "verification.md#running-on-a-gpu"


@dataclass
class Lines:
    """The lines of a block (1-based in the block) that no current passing run executed, on
    any device, with the ``assert`` lines among them."""

    not_run: list[int]
    checks: list[int]
    devices: list[str]  # the legs whose current runs recorded lines

    def shown(self, code: str) -> list[int]:
        """Every line of the statements not run (a statement may span several lines)."""
        spans = _spans(code)
        return sorted({n for first in self.not_run for n in spans.get(first, [first])})


def _not_run(result: Result, position: int | None) -> list[int] | None:
    """The lines a result noted as not run: of its own block, or of the block at
    ``position`` in its block's chain."""
    if position is None:
        return result.not_run
    chain = result.chain_not_run or []
    return chain[position] if position < len(chain) else None


def _name(block: CodeBlock) -> str:
    return f"{block.page.as_posix()}::{block.name}"


def _spans(code: str) -> dict[int, range]:
    try:
        return statement_spans(code)
    except SyntaxError:
        return {}


def assert_lines(code: str) -> set[int]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    return {node.lineno for node in ast.walk(tree) if isinstance(node, ast.Assert)}


@dataclass
class Status:
    """One block on one device, as far as the stored results know."""

    state: str  # verified | failed | skipped | changed | not run
    result: Result | None = None
    environment: dict | None = None
    source: str = ""

    @property
    def provenance(self) -> str:
        if self.result is None or self.environment is None:
            return "no run on this device"
        env = self.environment
        when = self.result.date[:10]
        if self.state == "changed":
            return f"changed since the run of {when} (torch {env.get('torch')})"
        return f"torch {env.get('torch')}, {env.get('device_name')}, {when}"


class Results:
    """Every stored result by item, local results first, newest first within a store."""

    def __init__(self, stores: list[Store]):
        self.stores = stores
        self._keys: dict[int, str] = {}  # block_key by id(block): a build asks many times
        self._lines: dict[int, Lines | None] = {}
        self._continued_by: dict[str, list[tuple[CodeBlock, int]]] = defaultdict(list)
        self.by_item: dict[str, list[tuple[int, Store, Result]]] = defaultdict(list)
        for rank, store in enumerate(stores):
            for result in sorted(store.results.values(), key=lambda r: r.date, reverse=True):
                self.by_item[result.item].append((rank, store, result))
        self.matrix = versions.Matrix(stores, self.key)

    def know(self, pages: list[Page]) -> Results:
        """Learn which blocks continue which: a later block's run runs the earlier code too
        (a function defined above and called below ran, in the later block's run)."""
        self._lines.clear()
        for page in pages:
            for block in page.blocks:
                for position, earlier in enumerate(block.chain[:-1]):
                    self._continued_by[_name(earlier)].append((block, position))
        return self

    def status(self, block: CodeBlock, device: str, *, local_only: bool = False) -> Status:
        """The block's status on ``device``; on the CPU, the worse of its legs (a block that
        starts processes runs with ``fork`` and with ``spawn``: both must pass)."""
        status = self._leg(block, device, local_only)
        if device == "cpu" and block.spec.spawn:
            spawn = self._leg(block, "cpu-spawn", local_only)
            status = min(status, spawn, key=lambda s: WORST_FIRST.index(s.state))
        lines = self.lines(block)
        if status.state == "verified" and lines and lines.checks:
            status.state = "partly run"
        return status

    def lines(self, block: CodeBlock) -> Lines | None:
        """What no current passing run of ``block`` executed (its own runs, and the runs of
        the blocks that continue it); None when no such run noted its lines."""
        if id(block) not in self._lines:
            recorded, legs = [], []
            runs = [(block, None), *self._continued_by.get(_name(block), [])]
            for (ran, position), leg in itertools.product(runs, LEGS):
                for result in self._passing(ran, leg):  # every environment's run counts
                    lines = _not_run(result, position)
                    if lines is not None:
                        recorded.append(set(lines))
                        legs.append(leg)
            found = None
            if recorded:
                missing = sorted(set.intersection(*recorded))
                checks = assert_lines(block.code)
                found = Lines(missing, [n for n in missing if n in checks], legs)
            self._lines[id(block)] = found
        return self._lines[id(block)]

    def _passing(self, block: CodeBlock, leg: str) -> list[Result]:
        """The current passing results of ``block`` on ``leg``, from every store."""
        key = self.key(block)
        found = self.by_item.get(item_id(block, leg), [])
        return [r for _, _, r in found if r.key == key and r.status == "passed"]

    def ran_on(self, devices: tuple[str, ...], blocks: list[CodeBlock]) -> bool:
        """Whether any of ``blocks`` has a result on any of ``devices`` (skips excepted)."""
        return any(
            self._leg(b, d, False).state not in {"not run", "skipped"}
            for b in blocks
            for d in devices
        )

    def _leg(self, block: CodeBlock, leg: str, local_only: bool) -> Status:
        item = item_id(block, leg)
        found = [f for f in self.by_item.get(item, []) if not local_only or f[0] == 0]
        if not found:
            return Status("not run")
        key = self.key(block)
        current = [f for f in found if f[2].key == key]
        _, store, result = current[0] if current else max(found, key=lambda f: f[2].date)
        state = STATES[result.status] if current else "changed"
        return Status(state, result, store.environments.get(result.environment), store.source)

    def key(self, block: CodeBlock) -> str:
        if id(block) not in self._keys:
            self._keys[id(block)] = block_key(block)
        return self._keys[id(block)]


def other_measurements(block: CodeBlock, results: Results) -> list[tuple[str, str]]:
    """What this measurement printed elsewhere: on an accelerator, or in a committed report
    (another torch, another machine), for the block's current code only."""
    found = []
    for device in DEVICES:
        for rank, store, result in results.by_item.get(item_id(block, device), []):
            if (rank or device != "cpu") and result.output and result.key == results.key(block):
                env = store.environments.get(result.environment, {})
                label = (
                    f"{DEVICE_NAMES[device]}: {env.get('device_name')}, torch {env.get('torch')}, "
                    f"{result.date[:10]}"
                )
                found.append((label, result.output))
    return found


def page_summary(page: Page, device: str, results: Results) -> tuple[str, Status | None]:
    """The page's badge text for one device, and the status whose provenance it shows."""
    statuses = [results.status(b, device) for b in page.blocks]
    counts = Counter(s.state for s in statuses)
    ran = [s for s in statuses if s.result is not None]
    shown = max(ran, key=lambda s: s.result.date) if ran else None
    if not ran:
        return "not run", None
    verified, total = counts["verified"], len(statuses) - counts["skipped"]
    if counts["failed"]:
        return f"failed · {verified}/{total} verified", shown
    if verified == total and verified:
        return "verified" + _unrun_note(page, results), shown
    if not verified and not any(counts[s] for s in ("changed", "not run", "partly run")):
        return "skipped", shown
    rest = [f"{counts[s]} {s}" for s in ("partly run", "changed", "not run") if counts[s]]
    return f"{verified}/{total} verified · " + " · ".join(rest), shown


def _unrun_note(page: Page, results: Results) -> str:
    """`` · N lines not run`` for the lines of verified blocks that ran on no device."""
    count = sum(len(lines.not_run) for b in page.blocks if (lines := results.lines(b)))
    return f" · {count} line{'s' if count != 1 else ''} not run" if count else ""


def badges(page: Page, results: Results, howto: str = GPU_HOWTO) -> str:
    """The badge row under a page's title: the CPU, each accelerator that ran the page's
    blocks, or one neutral line where none has (``howto``: the link that says how to)."""
    items = []
    for device in DEVICES:
        if device != "cpu" and not results.ran_on((device,), page.blocks):
            continue
        text, shown = page_summary(page, device, results)
        css = {"verified": "verified", "not run": "not-run"}.get(text, text.split(" ")[0])
        css = css if css in {"verified", "not-run", "failed", "skipped"} else "partial"
        detail = shown.provenance if shown and "changed" not in text else _changed_detail(shown)
        short = _short_provenance(shown) if shown and shown.result else detail
        verified_on = results.matrix.page_range(page) if device == "cpu" else ""
        if verified_on:
            detail, short = f"{detail}; verified on {verified_on} (CPU)", verified_on
        label = f"{DEVICE_NAMES[device]}: {text}"
        items.append(
            f'<span class="vd-badge vd-{css}" title="{html.escape(detail)}">'
            f"{html.escape(label)} <small>{html.escape(short)}</small></span>"
        )
    if not results.ran_on(ACCELERATORS, page.blocks):
        items.append(
            f'<a class="vd-gpu-note" href="{html.escape(howto)}" '
            'title="How to run the blocks on a GPU">No GPU run yet</a>'
        )
    return '<div class="vd-badges" markdown="0" data-search-exclude>' + "".join(items) + "</div>"


def _short_provenance(shown: Status) -> str:
    return f"torch {(shown.environment or {}).get('torch')} · {shown.result.date[:10]}"


def _changed_detail(shown: Status | None) -> str:
    if shown is None or shown.result is None:
        return "no run on this device"
    return f"code changed since the last run ({shown.result.date[:10]})"


def block_label(block: CodeBlock, results: Results, marks: bool = True) -> str:
    """A short status for a block's title, e.g. ``CPU verified · 2 statements marked: ran on
    no device`` (``marks``: where the code shows the marks)."""
    parts = []
    for device in DEVICES:
        state = results.status(block, device).state
        if device == "cpu" or state not in {"not run", "skipped"}:
            parts.append(f"{DEVICE_NAMES[device]} {state}")
    if block.spec.since:
        parts.append("needs " + ", ".join(f"{p} {v}+" for p, v in block.spec.since))
    lines = results.lines(block)
    if marks and lines and lines.not_run:
        count = len(lines.not_run)
        plural = count > 1
        what = ("await" if plural else "awaits") + " a GPU"
        if not block.accelerator_only:
            what = "ran on no device"
        parts.append(f"{count} marked statement{'s' if plural else ''} {what}")
    return " · ".join(parts)


def unrun_caption(block: CodeBlock, results: Results) -> str:
    """The sentence under a block with marked lines: what the mark means (the legend)."""
    lines = results.lines(block)
    if not lines or not lines.not_run:
        return ""
    shown = lines.shown(block.code)
    numbers = ", ".join(map(str, shown))
    where = ", ".join(
        DEVICE_NAMES.get(leg, leg)
        for leg in dict.fromkeys(leg.removesuffix("-spawn") for leg in lines.devices)
    )
    why = (
        "they run only on a GPU, and no GPU run is recorded yet"
        if block.accelerator_only
        else "no run reached them (a branch not taken, or code after an expected error)"
    )
    checks = " The checks among them (assert) are not verified yet." if lines.checks else ""
    return (
        f"Marked line{'s' if len(shown) > 1 else ''} {numbers} did not run on any device "
        f"with a current result ({where}): {why}.{checks}"
    )


def unverified(pages: list[Page], results: Results) -> list[str]:
    """Blocks without a current passing (or deliberately skipped) CPU result of this machine
    (a results file copied from another machine does not count), and blocks whose checks ran
    on no device, unless declared ``<!--snippet:accelerator-only-->``."""
    missing = []
    for page in pages:
        for b in page.blocks:
            status = results.status(b, "cpu", local_only=True)
            where = f"{b.page.as_posix()}:{b.line} ({b.name})"
            made_here = (status.environment or {}).get("host") == host_id()
            if status.state == "partly run" and not b.accelerator_only:
                lines = ", ".join(str(b.line + n) for n in results.lines(b).checks)
                missing.append(
                    f"{where}: the assert on line {lines} ran on no device (prove the claim "
                    "on the CPU, or declare <!--snippet:accelerator-only-->)"
                )
            elif status.state not in GOOD | {"partly run"} or not made_here:
                missing.append(f"{where}: {status.state}")
    return missing


def _environments(pages: list[Page], results: Results) -> list[str]:
    """One row per environment as a reader tells them apart (device, versions, results file;
    runs made with other versions of the tooling are the same row): when, and how many
    current blocks it covers."""
    blocks = [b for p in pages for b in p.blocks]
    keys = {f"{b.page.as_posix()}::{b.name}": results.key(b) for b in blocks}
    covered: dict[tuple, set[str]] = defaultdict(set)
    dates: dict[tuple, list[str]] = defaultdict(list)
    for store in results.stores:
        for env_id, env in store.environments.items():
            device = env.get("device")
            mine = [r for r in store.results.values() if r.environment == env_id]
            if all(r.status == "skipped" for r in mine):
                continue  # a skip proves nothing about the environment: it is not shown
            row = (
                f"{DEVICE_NAMES.get(device, device)}: {env.get('device_name')}",
                f"torch {env.get('torch')}, Python {env.get('python')}",
                store.source,
            )
            for r in mine:
                item = r.item.rsplit("[", 1)[0]
                if r.device == device and keys.get(item) == r.key:
                    covered[row].add(item)
            dates[row] += [r.date[:10] for r in mine]
    return [
        f"| {where} | {versions} | {len(covered[(where, versions, source)])} of {len(blocks)} "
        f"| {min(found)} to {max(found)} | `{source}` |"
        for (where, versions, source), found in dates.items()
    ] or ["| no results yet | | | | |"]


def verification_page(pages: list[Page], results: Results) -> str:
    """The Verification page: every environment, the lines no run executed, how to run the
    blocks on a GPU, then every snippet on every device that ran any."""
    blocks = [b for p in pages for b in p.blocks]
    devices = ["cpu", *(d for d in ACCELERATORS if results.ran_on((d,), blocks))]
    lines = [
        "---",
        "search:",
        "  exclude: true",
        "---",
        "# Verification status",
        "",
        "Every code block of this site is a snippet file that the test suite runs in its own",
        "process, once per device. A cell says *verified* only when the stored result was made",
        "from exactly the code, directives and data the block has now; after an edit it says",
        "*changed* until the block runs again. Generated from the stored results at build time.",
        "",
        "## Environments",
        "",
        "| environment | versions | current blocks covered | runs | results file |",
        "| --- | --- | --- | --- | --- |",
        *_environments(pages, results),
        "",
        *versions.matrix_section(results.matrix, pages, _page_link),
        *_unrun_section(pages, results),
        *_gpu_section(blocks, results),
        "## Every snippet",
        "",
    ]
    for page in pages:
        if page.blocks:
            lines += _page_table(page, results, devices)
    return "\n".join(lines) + "\n"


def _unrun_section(pages: list[Page], results: Results) -> list[str]:
    """Every block with statements that no current run executed, and where it ran."""
    rows = []
    for page in pages:
        for b in page.blocks:
            lines = results.lines(b)
            if lines and lines.not_run:
                numbers = ", ".join(str(b.line + n) for n in lines.not_run)
                checks = ", ".join(str(b.line + n) for n in lines.checks) or "none"
                ran = ", ".join(dict.fromkeys(DEVICE_NAMES[x.split("-")[0]] for x in lines.devices))
                why = "awaits a GPU (declared)" if b.accelerator_only else "reached by no run"
                link = f"[{title(page)}]({docs_url(page)}#block-{b.name.split('_', 1)[0]})"
                rows.append(f"| {link} {snippet_link(b)} | {numbers} | {checks} | {ran} | {why} |")
    intro = [
        "## Lines not run yet",
        "",
        "Each run notes which statements of its block ran (except in blocks that compile",
        "code). These statements ran on no device with a current result; their page marks",
        "them in the code. Line numbers are the Markdown file's.",
        "",
    ]
    if not rows:
        return [*intro, "Every traced statement ran on at least one device.", ""]
    head = "| block | lines not run | asserts among them | the block ran on | kind |"
    return [*intro, head, "| --- | --- | --- | --- | --- |", *rows, ""]


def _gpu_section(blocks: list[CodeBlock], results: Results) -> list[str]:
    done = results.ran_on(ACCELERATORS, blocks)
    return [
        "## Running on a GPU",
        "",
        "Each block also runs on CUDA and MPS where the machine has one: `make test` on such a",
        "machine records those runs like the CPU's, and `scripts/device-run.sh` runs every",
        "`[cuda]` item on a lent GPU and writes a report for `reports/` (see the README).",
        "A device with no recorded run is not listed anywhere on this site."
        + ("" if done else " **No GPU run is recorded yet.**"),
        "",
    ]


def _cell(status: Status) -> str:
    if status.result is None:
        return "not run"
    if status.state == "skipped":
        return f"skipped: {html.escape(status.result.detail)}"
    if status.state == "changed":
        return f"changed since {status.result.date[:10]}"
    return f"{status.state} ({status.result.seconds:.2f} s)"


def _page_table(page: Page, results: Results, devices: list[str]) -> list[str]:
    lines = [
        f"### [{title(page)}]({docs_url(page)})",
        "",
        "| snippet | " + " | ".join(DEVICE_NAMES[d] for d in devices) + " |",
        "| --- |" + " --- |" * len(devices),
    ]
    for block in page.blocks:
        cells = [_cell(results.status(block, device)) for device in devices]
        lines.append(f"| {snippet_link(block)} (line {block.line}) | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _page_link(page: Page) -> str:
    return f"[{title(page)}]({docs_url(page)})"


def snippet_link(block: CodeBlock) -> str:
    relpath = snippet_relpath(block).as_posix()
    return f"[`{Path(relpath).name}`]({relpath})"


def corrections_page(pages: list[Page], typos: str = "") -> str:
    """Every correction made to the source notes, gathered from the bug admonitions."""
    total = sum(len(p.corrections) for p in pages)
    lines = [
        "---",
        "search:",
        "  exclude: true",
        "---",
        "# Corrections",
        "",
        f"The original notes contained errors; this site corrects {total} of them. Each one is a",
        "bug admonition on its page, quoting the note and proving the correction with a",
        "snippet that the test suite runs. This list is gathered from those admonitions when",
        "the site is built.",
        "",
    ]
    for page in pages:
        if page.corrections:
            lines += [f"## [{title(page)}]({docs_url(page)})", ""]
            lines += [_correction_line(page, n, c) for n, c in enumerate(page.corrections, 1)]
            lines.append("")
    if typos.strip():
        lines += ["## Typos in the notes", "", typos.strip(), ""]
    return "\n".join(lines) + "\n"


def _correction_line(page: Page, number: int, correction) -> str:
    proof = ", ".join(snippet_link(b) for b in correction.blocks) or "shown in the page's code"
    quote = f" — *{html.escape(correction.quote)}*" if correction.quote else ""
    return (
        f"{number}. [{correction.title}]({docs_url(page)}#{anchor(correction)}){quote}  \n"
        f"   proof: {proof}"
    )


def stats(pages: list[Page]) -> str:
    """One line of counts for the home page."""
    guides = [p for p in pages if p.blocks and p.path.name != "index.md"]
    snippets = sum(len(p.blocks) for p in pages)
    corrections = sum(len(p.corrections) for p in pages)
    return (
        f"**{len(guides)} guides, {snippets} snippets run on every test run, "
        f"[{corrections} corrections](corrections.md) to the original notes.**"
    )


def nav_titles(nav: list) -> dict[str, str]:
    """The pages of the navigation, in order, with their titles there."""
    titles: dict[str, str] = {}
    for item in nav:
        name, target = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(target, list):
            titles.update(nav_titles(target))
        else:
            titles[target] = name or target
    return titles


def contents(nav: list, depth: int = 0) -> str:
    """The site's navigation as a nested Markdown list (the home page's table of contents)."""
    lines = []
    for item in nav:
        name, target = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if target == "index.md":
            continue
        indent = "    " * depth
        if isinstance(target, list):
            lines.append(f"{indent}- **{name}**")
            lines.append(contents(target, depth + 1))
        else:
            lines.append(f"{indent}- [{name or target}]({target})")
    return "\n".join(lines)


def anchor(correction) -> str:
    return f"fix-{correction.line}"


def docs_url(page: Page) -> str:
    return page.path.relative_to(page.path.parts[0]).as_posix()


#: Titles from the navigation, by docs-relative path (set by the site hook).
NAV_TITLES: dict[str, str] = {}


def title(page: Page) -> str:
    if docs_url(page) in NAV_TITLES:
        return NAV_TITLES[docs_url(page)]
    for line in page.source.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.path.stem
