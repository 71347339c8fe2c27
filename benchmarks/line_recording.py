"""What recording executed lines costs: the docs' own blocks, run with and without it.

Runs every CPU block of the given pages (default: the tensor guides and the training loop)
through ``verify()``'s runner, once without and once with line recording, in interleaved
rounds, and prints the total time of each round, the median ratio and its spread. The target
(issue 22): recording adds under 10 %.

    .venv/bin/python benchmarks/line_recording.py [ROUNDS] [PAGE ...]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

import verified_docs.project  # noqa: F401 (registers the set-ups)
from verified_docs.model.page import parse_page
from verified_docs.results import outputs
from verified_docs.results.snippets import segments, snippet_relpath
from verified_docs.run.runner import Runner

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "docs/tensors/basics.md",
    "docs/tensors/views.md",
    "docs/training/training-loop.md",
    "docs/quickstart.md",
]
TARGET = 1.10


def blocks(pages: list[str]) -> list:
    found = []
    for page in pages:
        for block in parse_page(ROOT / page, display_path=Path(page)).blocks:
            spec = block.spec
            if "cpu" in spec.devices and not spec.skip_reason and not outputs.measured(block):
                found.append(block)
    return found


def one_round(runner: Runner, chosen: list, record: bool) -> float:
    started = time.perf_counter()
    for block in chosen:
        snippet = ROOT / snippet_relpath(block)
        runner.run(snippet, block.spec, segments=segments(block), record_lines=record)
    return time.perf_counter() - started


def main(rounds: int = 3, pages: list[str] | None = None) -> int:
    chosen = blocks(pages or PAGES)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(chosen)} blocks, {rounds} rounds, {os.cpu_count()} cores, load {load:.1f}")
    ratios = []
    with Runner("cpu") as runner:
        one_round(runner, chosen[:1], False)  # the worker is warm before timing
        for number in range(rounds):
            plain = one_round(runner, chosen, False)
            recorded = one_round(runner, chosen, True)
            ratios.append(recorded / plain)
            print(f"round {number + 1}: {plain:7.2f} s plain, {recorded:7.2f} s recorded")
    median = statistics.median(ratios)
    print(f"recorded / plain: median {median:.3f} (min {min(ratios):.3f}, max {max(ratios):.3f})")
    print(f"target (< {TARGET:.2f}): {'met' if median < TARGET else 'NOT met'}")
    return 0 if median < TARGET else 1


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(int(args[0]) if args else 3, args[1:] or None))
