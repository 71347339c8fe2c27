"""Command line: ``python -m verified_docs {snippets,check,notebooks,setup}``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import verified_docs.project  # noqa: F401 (registers the project's set-ups)
from verified_docs.model.page import DocError, parse_docs
from verified_docs.results import outputs
from verified_docs.run.setups import stand_in


def _pages(root: Path):
    try:
        return parse_docs(root / "docs", root)
    except DocError as error:
        raise SystemExit(f"error: {error}") from None


def cmd_snippets(root: Path, args: argparse.Namespace) -> int:
    from verified_docs.results.snippets import write_snippets

    changed = write_snippets(root, _pages(root))
    for path in changed:
        print(f"wrote {path}" if (root / path).exists() else f"removed {path}")
    print(f"snippets/ is in sync with docs/ ({len(changed)} file(s) changed)")
    return 0


def cmd_check(root: Path, args: argparse.Namespace) -> int:
    from verified_docs.project.corrections import check_corrections
    from verified_docs.results.snippets import find_drift

    pages = _pages(root)
    problems = find_drift(root, pages) + check_corrections(pages) + _stale_notebooks(root, pages)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print("snippets/ matches docs/, and every correction has a proof")
    return 0


def _stale_notebooks(root: Path, pages) -> list[str]:
    with_notebook = [page for page in pages if page.notebook]
    if not with_notebook:
        return []
    from verified_docs.site import notebook  # nbformat, only for a page that has a notebook

    return [
        f"{notebook.notebook_relpath(p)}: missing or differs from its page (run `make outputs`)"
        for p in with_notebook
        if notebook.is_stale(p, root / notebook.notebook_relpath(p))
    ]


def cmd_notebooks(root: Path, args: argparse.Namespace) -> int:
    """Store each page's notebook with its outputs; the output fences are ``pytest
    --update-outputs``'s job, so that a snippet is run, checked and recorded one way."""
    failures = 0
    for page in _pages(root):
        if not page.notebook:
            continue
        reason = stand_in(tuple(n for b in page.blocks for n in b.spec.setups))
        if reason:
            print(f"{page.path}: notebook left as it is: {reason}", file=sys.stderr)
            continue
        failures += _write_notebook(root, page, rerun=args.refresh)
    return 1 if failures else 0


def _write_notebook(root: Path, page, *, rerun: bool) -> int:
    """Store the page's notebook with its outputs (executed anew if its code changed or
    ``rerun``); 1 on failure."""
    import nbformat
    from nbclient.exceptions import CellExecutionError

    from verified_docs.site import notebook

    path = root / notebook.notebook_relpath(page)
    if not rerun and not notebook.is_stale(page, path):
        return 0  # unchanged: rewriting would only give its cells new random ids
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


def cmd_format(root: Path, args: argparse.Namespace) -> int:
    from verified_docs.results.code_format import formatted
    from verified_docs.results.outputs import write_atomically

    problems = 0
    for page in _pages(root):
        text, refused = formatted(page)
        for where in refused:
            print(f"{where}: ruff cannot format this block; left as it is", file=sys.stderr)
        problems += len(refused)
        if text != page.source:
            write_atomically(root / page.path, text)
            print(f"formatted {page.path}")
    return 1 if problems else 0


def cmd_setup(root: Path, args: argparse.Namespace) -> int:
    from verified_docs.run.setups import SETUPS

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
    from verified_docs.project.fashion_mnist import make_subset

    for path in make_subset(args.source):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


def cmd_matrix(root: Path, args: argparse.Namespace) -> int:
    from verified_docs import matrix

    return matrix.main(root, args.torch, args.python, args.torchvision, args.pages, args.fresh)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verified_docs", description=__doc__)
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="repository root (default: .)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("snippets", help="regenerate snippets/ from docs/")
    commands.add_parser("check", help="fail with a diff if snippets/ differs from docs/")
    commands.add_parser("format", help="format the docs' python fences for the snippets' width")
    notebooks = commands.add_parser(
        "notebooks", help="store each page's notebook with outputs (executed if its code changed)"
    )
    notebooks.add_argument("--refresh", action="store_true", help="execute every notebook anew")
    setup = commands.add_parser("setup", help="prepare a directory the way a block's setup does")
    setup.add_argument("name", help="setup name, e.g. fashion-mnist")
    setup.add_argument("directory", type=Path, nargs="?", default=Path.cwd())
    subset = commands.add_parser(
        "fashion-mnist-subset", help="rebuild data/fashion-mnist-subset from the full data set"
    )
    subset.add_argument("source", type=Path, help="folder with the four Fashion-MNIST .gz files")
    matrix = commands.add_parser(
        "matrix", help="run every block on the CPU with another torch and Python: a report"
    )
    matrix.add_argument("--torch", required=True, help="a torch release, e.g. 2.10.0")
    matrix.add_argument("--python", required=True, help="a Python version, e.g. 3.12")
    matrix.add_argument("--torchvision", help="default: the release made for that torch")
    matrix.add_argument("pages", nargs="*", help="pages to run into the report (default: all)")
    matrix.add_argument("--fresh", action="store_true", help="start the report anew")
    args = parser.parse_args(argv)
    handler = {
        "snippets": cmd_snippets,
        "format": cmd_format,
        "check": cmd_check,
        "notebooks": cmd_notebooks,
        "setup": cmd_setup,
        "fashion-mnist-subset": cmd_fashion_mnist_subset,
        "matrix": cmd_matrix,
    }[args.command]
    return handler(args.root.resolve(), args)
