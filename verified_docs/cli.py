"""Command line: ``python -m verified_docs {snippets,check,outputs,bench}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .parse import DocError, parse_docs


def _pages(root: Path):
    try:
        return parse_docs(root / "docs", root)
    except DocError as error:
        raise SystemExit(f"error: {error}") from None


def cmd_snippets(root: Path, args: argparse.Namespace) -> int:
    from .extract import write_snippets

    changed = write_snippets(root, _pages(root))
    for path in changed:
        print(f"wrote {path}" if (root / path).exists() else f"removed {path}")
    print(f"snippets/ is in sync with docs/ ({len(changed)} file(s) changed)")
    return 0


def cmd_check(root: Path, args: argparse.Namespace) -> int:
    from .extract import find_drift

    problems = find_drift(root, _pages(root))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print("snippets/ matches docs/")
    return 0


def cmd_outputs(root: Path, args: argparse.Namespace) -> int:
    from . import outputs
    from .extract import find_drift, snippet_relpath
    from .run import Runner

    pages = _pages(root)
    if find_drift(root, pages):
        print("error: snippets/ is out of date; run `make snippets` first", file=sys.stderr)
        return 1
    failures = 0
    with Runner("cpu") as runner:
        for page in pages:
            printed: dict[int, str] = {}
            page_ok = True
            for block in outputs.blocks_with_output(page):
                result = runner.run(
                    root / snippet_relpath(block),
                    timeout=block.timeout,
                    setups=block.setups,
                    allowed_warnings=block.allowed_warnings,
                )
                expected_failure = block.raises and result.raised(block.raises)
                if result.outcome != "ok" and not expected_failure:
                    print(
                        f"{page.path}:{block.line}: {result.describe()}\n{result.traceback}",
                        file=sys.stderr,
                    )
                    page_ok = False
                    continue
                printed[block.index] = result.stdout
            if not page_ok:
                failures += 1
                print(f"{page.path}: left unchanged because a snippet failed", file=sys.stderr)
                continue
            text = outputs.rewrite(page, printed)
            if text != page.source:
                outputs.write_atomically(root / page.path, text)
                print(f"updated outputs in {page.path}")
    return 1 if failures else 0


def cmd_bench(root: Path, args: argparse.Namespace) -> int:
    from .bench import main as bench

    return bench(args.blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verified_docs", description=__doc__)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="repository root (default: .)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("snippets", help="regenerate snippets/ from docs/")
    commands.add_parser("check", help="fail with a diff if snippets/ differs from docs/")
    commands.add_parser("outputs", help="rewrite output fences from real CPU runs")
    bench = commands.add_parser("bench", help="measure the per-snippet overhead of the runner")
    bench.add_argument(
        "--blocks", type=int, default=20, help="number of trivial blocks (default: 20)"
    )
    args = parser.parse_args(argv)
    handler = {
        "snippets": cmd_snippets,
        "check": cmd_check,
        "outputs": cmd_outputs,
        "bench": cmd_bench,
    }[args.command]
    return handler(args.root.resolve(), args)
