"""``make bench``: what isolation costs, measured three ways on the same generated page.

One run writes a page of N trivial blocks (each imports torch and prints a sum),
extracts its snippets, then times

1. this engine: each snippet in its own forked, pre-warmed process;
2. a fresh interpreter per snippet (``python snippet.py``), the naive isolation;
3. ``pytest --codeblocks``: every block in one process, no isolation at all.

It prints per-snippet medians and the ratios between them, and whether the
engine meets its target (median harness overhead under 25 ms).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from verified_docs.model.page import parse_docs
from verified_docs.results.snippets import snippet_relpath, write_snippets
from verified_docs.run.runner import Runner

TARGET_OVERHEAD = 0.025
PYTEST_CODEBLOCKS = (sys.executable, "-m", "pytest", "--codeblocks", "-q", "-p", "no:cacheprovider")
BLOCK = "```python\nimport torch\n\nx = torch.arange({i})\nprint(x.sum().item())\n```\n"


def _page(blocks: int) -> str:
    return "# Bench\n\n" + "\n".join(BLOCK.format(i=i) for i in range(blocks))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def main(blocks: int = 20) -> int:
    root = Path(tempfile.mkdtemp(prefix="bench-"))
    (root / "docs").mkdir()
    (root / "docs" / "bench.md").write_text(_page(blocks), encoding="utf-8")
    pages = parse_docs(root / "docs", root)
    write_snippets(root, pages)
    snippets = [root / snippet_relpath(b) for b in pages[0].blocks]
    print(f"{blocks} trivial blocks, python {sys.version.split()[0]}, {sys.platform}\n")

    with Runner("cpu") as runner:
        runner.run(snippets[0])  # start the worker before timing
        results = [runner.run(s) for s in snippets]
    assert all(r.outcome == "ok" for r in results), [r.describe() for r in results]
    engine = statistics.median(r.seconds for r in results)
    overhead = statistics.median(r.overhead for r in results)

    fresh = _fresh_interpreters(snippets)
    codeblocks, codeblocks_wall = _codeblocks(root)
    _report(blocks, engine, overhead, fresh, codeblocks, codeblocks_wall)
    met = overhead < TARGET_OVERHEAD
    verdict = "met" if met else "NOT met"
    print(f"\ntarget: median harness overhead < {TARGET_OVERHEAD * 1000:.0f} ms: {verdict}")
    return 0 if met else 1


def _fresh_interpreters(snippets: list[Path]) -> float:
    fresh_times = []
    for snippet in snippets:
        with tempfile.TemporaryDirectory() as empty:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, str(snippet)], cwd=empty, check=True, capture_output=True
            )
            fresh_times.append(time.perf_counter() - started)
    return statistics.median(fresh_times)


def _codeblocks(root: Path) -> tuple[float, float]:
    junit = root / "codeblocks.xml"
    started = time.perf_counter()
    subprocess.run(
        [*PYTEST_CODEBLOCKS, f"--junitxml={junit}", "docs"],
        cwd=root,
        check=True,
        capture_output=True,
    )
    codeblocks_wall = time.perf_counter() - started
    cases = ET.parse(junit).getroot().iter("testcase")
    return statistics.median(float(c.get("time", 0)) for c in cases), codeblocks_wall


def _report(blocks, engine, overhead, fresh, codeblocks, codeblocks_wall) -> None:
    print(f"{'per snippet (median)':<44}{'time':>12}")
    print(f"{'engine: forked warm worker, wall':<44}{_ms(engine)}")
    print(f"{'engine: harness overhead (wall - exec)':<44}{_ms(overhead)}")
    print(f"{'fresh interpreter per snippet':<44}{_ms(fresh)}")
    print(f"{'pytest --codeblocks, in-process':<44}{_ms(codeblocks)}")
    print(f"{'pytest --codeblocks, whole run / N':<44}{_ms(codeblocks_wall / blocks)}")
    print()
    print(f"fresh interpreter / engine:       {fresh / engine:8.1f}x")
    per_block = codeblocks_wall / blocks
    print(f"engine / pytest --codeblocks:     {engine / per_block:8.2f}x (its whole run / N)")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blocks", type=int, default=20, help="trivial blocks (default: 20)")
    sys.exit(main(parser.parse_args().blocks))
