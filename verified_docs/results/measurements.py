"""The conditions a measurement's figures were taken under.

A measurement (an output with ``rtol=inf``) is rewritten only by ``make outputs REFRESH=1``.
Its run notes the machine's state (``run/worker.py``: ``machine_state``): cores, the share of
them other processes used in the second before, the load average before and after, wall and
CPU seconds, page faults. A refresh refuses a measurement taken while other processes kept
more than half the cores busy, and writes the conditions of the others into
``measurements.json``, keyed by the block and the exact text of the figures, so that a page
shows them only beside the figures they belong to.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from verified_docs.model.page import CodeBlock

FILE = "measurements.json"
#: A refresh refuses figures taken while others used more than this share of all cores
#: (``VERIFIED_DOCS_BUSY_SHARE`` sets another, e.g. 1 to publish whatever was measured).
BUSY_SHARE = 0.5


def busy_share() -> float:
    return float(os.environ.get("VERIFIED_DOCS_BUSY_SHARE") or BUSY_SHARE)


def busy(machine: dict | None) -> str | None:
    """Why figures taken under ``machine`` are not to be published, or None."""
    if not machine:
        return "the run noted no machine state"
    share, most = machine.get("others_busy") or 0.0, busy_share()
    if share > most:
        return (
            f"other processes kept {share:.0%} of the {machine.get('cores')} cores busy in the "
            f"second before it (at most {most:.0%})"
        )
    return None


def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def name(block: CodeBlock) -> str:
    return f"{block.page.as_posix()}::{block.name}"


def entry(printed: str, machine: dict, env: dict, date: str) -> dict:
    """What ``measurements.json`` keeps for one block's figures."""
    return {
        "output": _digest(printed),
        "machine": machine,
        "cpu": env.get("device_name"),
        "torch": env.get("torch"),
        "python": env.get("python"),
        "date": date,
    }


def load(root: Path) -> dict[str, dict]:
    path = root / FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save(root: Path, entries: dict[str, dict]) -> None:
    """Merge ``entries`` into the file (other blocks' entries stay)."""
    merged = {**load(root), **entries}
    text = json.dumps(dict(sorted(merged.items())), indent=1) + "\n"
    (root / FILE).write_text(text, encoding="utf-8")


def current(conditions: dict[str, dict], block: CodeBlock) -> dict | None:
    """The conditions of the figures the page shows now, or None (taken before conditions
    were noted, or figures edited since)."""
    found = conditions.get(name(block))
    if found and block.output and found.get("output") == _digest(block.output.text):
        return found
    return None


def _machine_name(found: dict) -> str:
    """The CPU's name, with its cores (the store's name for a CPU has them already)."""
    name, cores = str(found.get("cpu")), found["machine"].get("cores")
    return name if "cores)" in name else f"{name} ({cores} cores)"


def describe(found: dict | None) -> str:
    """The sentence under a measurement's figures."""
    if found is None:
        return (
            "Measured on this site's CPU; the conditions of this run were not recorded "
            "(it predates the measurement protocol)."
        )
    m = found["machine"]
    load = f"load average {m.get('load_before'):.1f} before, {m.get('load_after'):.1f} after"
    return (
        f"Measured on {_machine_name(found)}, torch {found.get('torch')}, "
        f"{found.get('date', '')[:10]}: other processes used {m.get('others_busy', 0):.0%} of "
        f"the cores in the second before; {load}. The whole block took "
        f"{m.get('wall_s', 0):.1f} s of wall time and {m.get('cpu_s', 0):.1f} s of CPU time "
        f"(its worker processes included), with {m.get('page_faults', 0):,} page faults."
    )
