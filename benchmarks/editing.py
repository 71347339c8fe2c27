"""The editing loop, timed: `make quick` after no change and after a one-block change,
and `make serve` showing a block's new status after a save.

    .venv/bin/python benchmarks/editing.py [--repeat 3]

Everything happens in a temporary clone of the committed repository (nothing in your
checkout is touched), with this interpreter and the clone's own tooling. It first runs
the whole suite once to fill the clone's results store (a cold run, timed too), then:

* **no change**: `pytest --reuse-results docs tests/test_standalone.py`;
* **one block changed**: a comment line added to one block, then `python -m verified_docs
  snippets` and the same command (the block, its snippet file's standalone run and
  everything else reused);
* **serve**: `mkdocs serve` running; one block is saved with a new failing first line, and
  the page is fetched until it shows the failure box. Time from the save to that page.

Each is repeated and reported as median (min-max). Targets (2 cores, warm `.venv`):
under 15 s, under 30 s and under 2 s.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = "docs/iterators.md"  # a page whose first block has no output fence
QUICK = ("-m", "pytest", "-q", "-p", "no:cacheprovider", "--reuse-results")
SUITE = ("docs", "tests/test_standalone.py")


def timed(command: list[str], cwd: Path, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def edit_first_block(page: Path, text: str) -> None:
    """Put ``text`` as the first line of the page's first python block."""
    lines = page.read_text(encoding="utf-8").split("\n")
    fence = lines.index("```python")
    if lines[fence + 1].startswith(("# edit ", "raise SystemExit")):
        del lines[fence + 1]
    lines.insert(fence + 1, text)
    page.write_text("\n".join(lines), encoding="utf-8")


def summary(name: str, seconds: list[float], target: float) -> str:
    median = statistics.median(seconds)
    verdict = "meets" if median < target else "MISSES"
    return (
        f"{name:<22} median {median:6.2f} s (min {min(seconds):.2f}, max {max(seconds):.2f}, "
        f"n={len(seconds)}): {verdict} the target of {target:g} s"
    )


def quick_loop(clone: Path, env: dict, repeat: int) -> list[str]:
    python = sys.executable
    cold = timed([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITE], clone, env)
    unchanged = [timed([python, *QUICK, *SUITE], clone, env) for _ in range(repeat)]
    changed = []
    for n in range(repeat):
        edit_first_block(clone / PAGE, f"# edit {n}")
        started = time.perf_counter()
        timed([python, "-m", "verified_docs", "snippets"], clone, env)
        timed([python, *QUICK, *SUITE], clone, env)
        changed.append(time.perf_counter() - started)
    return [
        f"full cold run (reference): {cold:.1f} s",
        summary("no change", unchanged, 15),
        summary("one block changed", changed, 30),
    ]


def serve_loop(clone: Path, env: dict, repeat: int) -> list[str]:
    url = "http://127.0.0.1:8765/verified-pytorch-notes/iterators/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:8765"],
        cwd=clone,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        fetch_until(url, lambda html: "vd-badges" in html, timeout=180)
        time.sleep(5)  # the warm worker starts in the background
        edit_first_block(clone / PAGE, "# edit warm-up")  # the page's other blocks run once
        fetch_until(url, lambda html: "edit warm-up" in html, timeout=120)
        time.sleep(3)
        shown = []
        for n in range(repeat):
            edit_first_block(clone / PAGE, f'raise SystemExit("broken {n}")')
            started = time.perf_counter()
            fetch_until(url, lambda html, n=n: html.count(f"broken {n}") >= 2, timeout=60)
            shown.append(time.perf_counter() - started)
        return [summary("serve: failure shown", shown, 2)]
    finally:
        server.terminate()
        server.wait()


def fetch_until(url: str, done, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if done(response.read().decode("utf-8")):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not show the change within {timeout} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-quick", action="store_true", help="only the serve loop")
    args = parser.parse_args()
    print(
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-editing-") as tmp:
        clone = Path(tmp) / "clone"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        env = {**os.environ, "PYTHONPATH": str(clone), "NO_MKDOCS_2_WARNING": "1"}
        lines = [] if args.skip_quick else quick_loop(clone, env, args.repeat)
        lines += serve_loop(clone, env, args.repeat)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
