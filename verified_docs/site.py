"""What the site shows about verification: badges, the Verification page, the corrections index.

Everything here is derived from the docs (parsed) and the verification reports (written by
test runs), never maintained by hand. The CPU result comes from the run that built the site
(``build/verification/report.json``); a report from a machine with an accelerator can be
committed under ``reports/`` and is shown with its own provenance.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .extract import snippet_relpath
from .parse import DEVICES, Page
from .report import DEFAULT_PATH

DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA", "mps": "MPS"}
EXTRA_REPORTS = Path("reports")


@dataclass
class Run:
    """One device's results from one report, with where and when it ran."""

    device: str
    source: str  # the report file
    environment: dict
    generated: str
    results: dict[str, dict] = field(default_factory=dict)  # by item name "page::name"

    @property
    def device_name(self) -> str:
        return str(self.environment.get("devices", {}).get(self.device) or self.device)

    @property
    def provenance(self) -> str:
        return f"torch {self.environment.get('torch')}, {self.device_name}, {self.generated[:10]}"


def load_runs(root: Path) -> dict[str, Run]:
    """For each device, the results of the newest report in which it really ran."""
    paths = [root / DEFAULT_PATH, *sorted((root / EXTRA_REPORTS).glob("*.json"))]
    runs: dict[str, Run] = {}
    for path in paths:
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for device in DEVICES:
            entries = [
                e
                for e in data.get("results", [])
                if e["device"] == device and e["status"] != "skipped"
            ]
            if not entries:
                continue
            run = Run(
                device, str(path.relative_to(root)), data.get("environment", {}), data["generated"]
            )
            run.results = {
                f"{e['page']}::{e['name']}": e for e in data["results"] if e["device"] == device
            }
            if device not in runs or run.generated > runs[device].generated:
                runs[device] = run
    return runs


def page_status(page: Page, run: Run | None) -> str:
    """``verified``, ``failed`` or ``not run`` for one page on one device."""
    if run is None:
        return "not run"
    statuses = [
        run.results.get(f"{page.path.as_posix()}::{b.name}[{run.device}]", {}).get("status")
        for b in page.blocks
    ]
    if any(s == "failed" for s in statuses):
        return "failed"
    if statuses and all(s in {"passed", "skipped"} for s in statuses) and "passed" in statuses:
        return "verified"
    return "not run"


def badges(page: Page, runs: dict[str, Run]) -> str:
    """The badge row under a page's title: one badge per device."""
    items = []
    for device in DEVICES:
        run = runs.get(device)
        status = page_status(page, run)
        detail = (
            run.provenance if run is not None and status != "not run" else "no run on this device"
        )
        label = f"{DEVICE_NAMES[device]}: {status}"
        items.append(
            f'<span class="vd-badge vd-{status.replace(" ", "-")}" title="{html.escape(detail)}">'
            f"{html.escape(label)}<small>{html.escape(detail)}</small></span>"
        )
    return '<div class="vd-badges" markdown="0">' + "".join(items) + "</div>"


def verification_page(pages: list[Page], runs: dict[str, Run]) -> str:
    """The Verification page: every snippet on every device, with durations."""
    lines = [
        "# Verification",
        "",
        "Every code block of this site is a snippet file that the test suite runs in its own",
        "process, once per device. This page is generated from the verification reports when",
        "the site is built; a device that was not run says so.",
        "",
        "| device | status | run | report |",
        "| --- | --- | --- | --- |",
    ]
    for device in DEVICES:
        run = runs.get(device)
        if run is None:
            lines.append(
                f"| {DEVICE_NAMES[device]} | not run | no report from a machine with it | |"
            )
            continue
        env = run.environment
        counts = defaultdict(int)
        for entry in run.results.values():
            counts[entry["status"]] += 1
        summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
        lines.append(
            f"| {DEVICE_NAMES[device]} ({run.device_name}) | {summary} | torch {env.get('torch')}, "
            f"Python {env.get('python')}, {env.get('platform')}, commit {env.get('commit')}, "
            f"{run.generated} | `{run.source}` |"
        )
    lines += ["", "## Every snippet", ""]
    for page in pages:
        if not page.blocks:
            continue
        url = page.path.relative_to(page.path.parts[0]).as_posix()
        lines += [
            f"### [{_title(page)}]({url})",
            "",
            "| snippet | " + " | ".join(DEVICE_NAMES[d] for d in DEVICES) + " |",
            "| --- |" + " --- |" * len(DEVICES),
        ]
        for block in page.blocks:
            cells = []
            for device in DEVICES:
                run = runs.get(device)
                entry = (
                    run.results.get(f"{page.path.as_posix()}::{block.name}[{device}]")
                    if run
                    else None
                )
                if entry is None:
                    cells.append("not run")
                elif entry["status"] == "skipped":
                    cells.append(f"skipped: {html.escape(entry.get('detail', ''))}")
                else:
                    cells.append(f"{entry['status']} ({entry['seconds']:.2f} s)")
            lines.append(
                f"| `{snippet_relpath(block).name}` (line {block.line}) | "
                + " | ".join(cells)
                + " |"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def corrections_page(pages: list[Page], runs: dict[str, Run] | None = None) -> str:
    """Every correction made to the source notes, gathered from the ``!!! bug`` admonitions."""
    total = sum(len(p.corrections) for p in pages)
    lines = [
        "# Corrections",
        "",
        f"The original notes contained errors; this site corrects {total} of them. Each one is a",
        "`!!! bug` admonition on its page, quoting the note and proving the correction with a",
        "snippet that the test suite runs. This list is gathered from those admonitions when",
        "the site is built.",
        "",
    ]
    for page in pages:
        if not page.corrections:
            continue
        url = page.path.relative_to(page.path.parts[0]).as_posix()
        lines += [f"## [{_title(page)}]({url})", ""]
        for number, correction in enumerate(page.corrections, start=1):
            proof = (
                ", ".join(
                    f"[`{snippet_relpath(b).name}`](snippets/{snippet_relpath(b).relative_to('snippets').as_posix()})"
                    for b in correction.blocks
                )
                or "shown in the page's code"
            )
            quote = f" — *{html.escape(correction.quote)}*" if correction.quote else ""
            lines.append(
                f"{number}. [{correction.title}]({url}#{anchor(correction)}){quote}  \n"
                f"   proof: {proof}"
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def stats(pages: list[Page]) -> str:
    """One line of counts for the home page."""
    guides = [p for p in pages if p.blocks and p.path.name != "index.md"]
    snippets = sum(len(p.blocks) for p in pages)
    corrections = sum(len(p.corrections) for p in pages)
    return (
        f"**{len(guides)} guides, {snippets} snippets run on every test run, "
        f"[{corrections} corrections](corrections.md) to the original notes.**"
    )


def contents(nav: list, depth: int = 0) -> str:
    """The site's navigation as a nested Markdown list (the home page's table of contents)."""
    lines = []
    for item in nav:
        title, target = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if target == "index.md":
            continue
        indent = "    " * depth
        if isinstance(target, list):
            lines.append(f"{indent}- **{title}**")
            lines.append(contents(target, depth + 1))
        else:
            lines.append(f"{indent}- [{title or target}]({target})")
    return "\n".join(lines)


def anchor(correction) -> str:
    return f"fix-{correction.line}"


def _title(page: Page) -> str:
    for line in page.source.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page.path.stem
