"""Command line: ``python -m verified_docs {snippets,check,outputs,bench}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import outputs
from .parse import DocError, parse_docs
from .setups import stand_in


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


def _selected(root: Path, pages, names: list[str]):
    if not names:
        return pages
    wanted = {Path(n).resolve().relative_to(root) for n in names}
    unknown = wanted - {p.path for p in pages}
    if unknown:
        raise SystemExit(f"error: not a page under docs/: {', '.join(map(str, sorted(unknown)))}")
    return [p for p in pages if p.path in wanted]


def cmd_outputs(root: Path, args: argparse.Namespace) -> int:
    from .extract import figure_relpath, render, segments, snippet_relpath
    from .run import Runner

    pages = _selected(root, _pages(root), args.pages)
    stale = [
        snippet_relpath(b)
        for p in pages
        for b in p.blocks
        if not (root / snippet_relpath(b)).exists()
        or (root / snippet_relpath(b)).read_text(encoding="utf-8") != render(b)
    ]
    if stale:
        print(f"error: {stale[0]} is out of date; run `make snippets` first", file=sys.stderr)
        return 1
    failures = 0
    with Runner("cpu") as runner:
        for page in pages:
            printed: dict[int, str] = {}
            figures: dict[Path, bytes] = {}
            problems = []
            for block in outputs.blocks_with_output(page):
                reason = stand_in(block.setups)
                if reason:
                    print(f"{page.path}:{block.line}: left as it is: {reason}", file=sys.stderr)
                    continue
                result = runner.run(
                    root / snippet_relpath(block),
                    timeout=block.timeout,
                    setups=block.setups,
                    allowed_warnings=block.allowed_warnings,
                    collect=block.figures,
                    segments=segments(block),
                )
                expected_failure = block.raises and result.raised(block.raises)
                if result.outcome != "ok" and not expected_failure:
                    problems.append(
                        f"{page.path}:{block.line}: {result.describe()}\n{result.traceback}"
                    )
                    continue
                missing = [name for name in block.figures if name not in result.files]
                if missing:
                    problems.append(f"{page.path}:{block.line}: did not write {', '.join(missing)}")
                    continue
                printed[block.index] = result.block_stdout
                for name, data in result.files.items():
                    figures[figure_relpath(block, name)] = data
            if problems:
                failures += 1
                for problem in problems:
                    print(problem, file=sys.stderr)
                print(f"{page.path}: left unchanged because a snippet failed", file=sys.stderr)
                continue
            text = outputs.rewrite(page, printed, refresh=args.refresh)
            if text != page.source:
                outputs.write_atomically(root / page.path, text)
                print(f"updated outputs in {page.path}")
            for relpath, data in figures.items():
                path = root / relpath
                if not path.exists() or path.read_bytes() != data:
                    outputs.write_atomically(path, data)
                    print(f"wrote {relpath}")
            setups = tuple(n for b in page.blocks for n in b.setups)
            if page.notebook and not args.no_notebooks and stand_in(setups):
                print(f"{page.path}: notebook left as it is: {stand_in(setups)}", file=sys.stderr)
            elif page.notebook and not args.no_notebooks:
                failures += _write_notebook(root, page, rerun=args.refresh)
    return 1 if failures else 0


def _write_notebook(root: Path, page, *, rerun: bool) -> int:
    """Store the page's notebook with its outputs (executed anew if its code changed or
    ``rerun``); 1 on failure."""
    import nbformat
    from nbclient.exceptions import CellExecutionError

    from . import notebook

    path = root / notebook.notebook_relpath(page)
    kept = None if rerun else notebook.with_stored_outputs(page, path)
    if kept is not None:
        outputs.write_atomically(path, nbformat.writes(kept) + "\n")
        print(f"updated the prose of {notebook.notebook_relpath(page)} (code unchanged)")
        return 0
    try:
        executed = notebook.execute(page)
    except CellExecutionError as error:
        print(f"{page.path}: the notebook failed, left unchanged:\n{error}", file=sys.stderr)
        return 1
    outputs.write_atomically(path, nbformat.writes(executed) + "\n")
    print(f"executed {notebook.notebook_relpath(page)}")
    return 0


def cmd_setup(root: Path, args: argparse.Namespace) -> int:
    from .setups import SETUPS

    if args.name not in SETUPS:
        print(
            f"error: unknown setup {args.name!r} (known: {', '.join(sorted(SETUPS))})",
            file=sys.stderr,
        )
        return 2
    args.directory.mkdir(parents=True, exist_ok=True)
    SETUPS[args.name](args.directory.resolve())
    print(f"prepared {args.name} in {args.directory}")
    return 0


def cmd_fashion_mnist_subset(root: Path, args: argparse.Namespace) -> int:
    from .fashion_mnist import make_subset

    for path in make_subset(args.source):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


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
    rewrite = commands.add_parser(
        "outputs", help="rewrite output fences, figures and notebooks from real CPU runs"
    )
    rewrite.add_argument("pages", nargs="*", help="only these pages (default: every page)")
    rewrite.add_argument(
        "--refresh",
        action="store_true",
        help="rewrite outputs that still match too (new measurements)",
    )
    rewrite.add_argument(
        "--no-notebooks", action="store_true", help="do not re-execute the pages' notebooks"
    )
    bench = commands.add_parser("bench", help="measure the per-snippet overhead of the runner")
    bench.add_argument(
        "--blocks", type=int, default=20, help="number of trivial blocks (default: 20)"
    )
    setup = commands.add_parser("setup", help="prepare a directory the way a block's setup does")
    setup.add_argument("name", help="setup name, e.g. fashion-mnist")
    setup.add_argument("directory", type=Path, nargs="?", default=Path.cwd())
    subset = commands.add_parser(
        "fashion-mnist-subset", help="rebuild data/fashion-mnist-subset from the full data set"
    )
    subset.add_argument("source", type=Path, help="folder with the four Fashion-MNIST .gz files")
    args = parser.parse_args(argv)
    handler = {
        "snippets": cmd_snippets,
        "check": cmd_check,
        "outputs": cmd_outputs,
        "bench": cmd_bench,
        "setup": cmd_setup,
        "fashion-mnist-subset": cmd_fashion_mnist_subset,
    }[args.command]
    return handler(args.root.resolve(), args)
