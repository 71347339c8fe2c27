"""Turn parsed code blocks into standalone snippet files, and check them for drift.

``snippets/<page>/<NN>_<label>.py`` holds one python block (with the blocks it
continues) under a short header. The header is the only place the generated
file says what the tests need to know without the Markdown: ``# raises: Name``.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

from verified_docs.model.page import DEFAULT_TIMEOUT, DEVICES, CodeBlock, Page

GENERATED = "# Generated from the docs by `make snippets`: edit the Markdown."
#: Headers this tool wrote before: a file under one of them may be removed as an orphan too.
EARLIER_HEADERS = (
    "# Generated from the Markdown by `make snippets`: edit the docs, not this file.",
)
SNIPPETS_DIR = "snippets"
#: Every file ``write_snippets`` wrote, with the hash of what it wrote (not committed).
MANIFEST = Path("build/snippets-written.json")
_SOURCE = re.compile(r"# source: docs/(.+)\.md:\d+")


@dataclass(frozen=True)
class SnippetHeader:
    source: str
    raises: str | None = None
    setups: tuple[str, ...] = ()
    since: tuple[tuple[str, str], ...] = ()


FIGURES_DIR = Path("docs/figures")


def figure_relpath(block: CodeBlock, name: str) -> Path:
    """Where ``make outputs`` stores a figure the block draws: ``docs/figures/<page>/<name>``."""
    page = Path(*block.page.with_suffix("").parts[1:])
    return FIGURES_DIR / page / name


def snippet_relpath(block: CodeBlock) -> Path:
    """``docs/guide/tensors.md`` block 3 → ``snippets/guide/tensors/03_label.py``."""
    page = Path(*block.page.with_suffix("").parts[1:])
    return Path(SNIPPETS_DIR) / page / f"{block.name}.py"


def body(block: CodeBlock) -> str:
    """The program a snippet file runs: every block of its chain, in order."""
    return "\n\n".join(b.code for b in block.chain)


def _header(block: CodeBlock) -> list[str]:
    header = [GENERATED, f"# source: {block.page.as_posix()}:{block.line}"]
    if block.continues is not None:
        lines = ", ".join(str(b.line) for b in block.chain[:-1])
        wrapped = textwrap.wrap(f"{block.page.as_posix()} lines {lines}", 60)
        header.append(f"# continues: {wrapped[0]}")
        header.extend(f"#   {more}" for more in wrapped[1:])
    if block.spec.raises:
        header.append(f"# raises: {block.spec.raises}")
    if block.spec.setups:
        header.append(f"# setup: {' '.join(block.spec.setups)}")
        header.append("# (prepare a directory with: python -m verified_docs setup NAME DIR)")
    if block.spec.timeout != DEFAULT_TIMEOUT:
        header.append(f"# timeout: {block.spec.timeout:g}")
    if block.spec.devices != DEVICES:
        header.append(f"# devices: {' '.join(block.spec.devices)}")
    if block.spec.figures:
        header.append(f"# writes: {' '.join(block.spec.figures)}")
    if block.spec.since:
        header.append(f"# since: {' '.join(f'{p}={v}' for p, v in block.spec.since)}")
    return header


def render(block: CodeBlock) -> str:
    return "\n".join(_header(block)) + "\n\n\n" + body(block)


def segments(block: CodeBlock) -> list[tuple[int, int]]:
    """The 1-based line range of each block of the chain in the rendered file."""
    line = len(_header(block)) + 3
    ranges = []
    for part in block.chain:
        count = part.code.count("\n") + (0 if part.code.endswith("\n") else 1)
        ranges.append((line, line + count - 1))
        line += count + 2
    return ranges


def read_header(path: Path) -> SnippetHeader:
    """Read what a generated snippet declares about itself."""
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].partition(":")
        fields.setdefault(key.strip(), value.strip())
    return SnippetHeader(
        source=fields.get("source", ""),
        raises=fields.get("raises"),
        setups=tuple(fields.get("setup", "").split()),
        since=tuple(tuple(w.split("=", 1)) for w in fields.get("since", "").split()),
    )


def expected_files(pages: list[Page]) -> dict[Path, str]:
    files: dict[Path, str] = {}
    for page in pages:
        for block in page.blocks:
            files[snippet_relpath(block)] = render(block)
    return files


def _existing(root: Path) -> set[Path]:
    folder = root / SNIPPETS_DIR
    if not folder.is_dir():
        return set()
    return {
        p.relative_to(root)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def find_drift(root: Path, pages: list[Page]) -> list[str]:
    """Every difference between ``snippets/`` and the docs, as readable problems with diffs."""
    problems = []
    expected = expected_files(pages)
    for relpath, text in sorted(expected.items()):
        path = root / relpath
        if not path.exists():
            problems.append(f"{relpath}: missing (run `make snippets`)")
            continue
        actual = path.read_text(encoding="utf-8")
        if actual != text:
            diff = difflib.unified_diff(
                actual.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=f"{relpath} (committed)",
                tofile=f"{relpath} (from docs)",
            )
            problems.append(
                f"{relpath}: differs from the docs (run `make snippets`)\n{''.join(diff)}"
            )
    figures = {figure_relpath(b, n) for p in pages for b in p.blocks for n in b.spec.figures}
    for relpath in sorted(figures):
        if not (root / relpath).exists():
            problems.append(f"{relpath}: missing figure (run `make outputs`)")
    folder = root / FIGURES_DIR
    present = (
        {p.relative_to(root) for p in folder.rglob("*") if p.is_file()}
        if folder.is_dir()
        else set()
    )
    for relpath in sorted(present - figures):
        problems.append(f"{relpath}: orphan figure, no block declares it")
    for relpath in sorted(_existing(root) - set(expected)):
        problems.append(
            f"{relpath}: orphan, no code block in docs/ produces it (run `make snippets`)"
        )
    return problems


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unchanged_in_git(root: Path, paths: list[Path]) -> set[Path]:
    """The paths whose content is as committed in git's HEAD: removing them loses nothing."""
    git = ["git", "-C", str(root)]
    try:
        listed = subprocess.run(
            [*git, "ls-tree", "-z", "HEAD", "--", *map(str, paths)], capture_output=True, text=True
        ).stdout
        committed = {e.split("\t", 1)[1]: e.split()[2] for e in listed.split("\0") if "\t" in e}
        hashes = subprocess.run(
            [*git, "hash-object", "--", *committed], capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, ValueError, subprocess.CalledProcessError):
        return set()
    return {Path(p) for p, h in zip(committed, hashes, strict=True) if committed[p] == h}


def _removable(root: Path, orphans: list[Path]) -> dict[Path, bool]:
    """Which orphans ``make snippets`` wrote itself, unchanged since, so that they may go.

    An orphan goes only if its header is exactly a generated one for its folder, and its
    content is what this checkout last wrote there or what git's HEAD holds: a file an
    author copied or edited in ``snippets/`` is never removed.
    """
    try:
        written = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        written = {}
    in_git = _unchanged_in_git(root, orphans) if orphans else set()
    removable = {}
    for relpath in orphans:
        data = (root / relpath).read_bytes()
        lines = data.decode("utf-8", "replace").split("\n", 2)
        source = (
            _SOURCE.fullmatch(lines[1])
            if len(lines) > 2 and lines[0] in (GENERATED, *EARLIER_HEADERS)
            else None
        )
        folder = Path(SNIPPETS_DIR, source.group(1)) if source else None
        header_ok = folder == relpath.parent and re.fullmatch(r"\d\d+_\w+\.py", relpath.name)
        known = written.get(relpath.as_posix()) == _digest(data) or relpath in in_git
        removable[relpath] = bool(header_ok and known)
    return removable


def write_snippets(root: Path, pages: list[Page]) -> list[Path]:
    """Make ``snippets/`` match the docs. Returns the paths written or removed.

    Refuses, before touching anything, to delete a file it did not generate.
    """
    expected = expected_files(pages)
    orphans = sorted(_existing(root) - set(expected))
    foreign = [p for p, ok in _removable(root, orphans).items() if not ok]
    if foreign:
        names = ", ".join(str(p) for p in foreign)
        raise SystemExit(
            f"refusing to delete files that were not generated (or were edited since): {names}; "
            "move them out of snippets/"
        )
    changed = []
    for relpath, text in sorted(expected.items()):
        path = root / relpath
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".py.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        changed.append(relpath)
    manifest = {p.as_posix(): _digest(t.encode("utf-8")) for p, t in sorted(expected.items())}
    (root / MANIFEST).parent.mkdir(parents=True, exist_ok=True)
    (root / MANIFEST).write_text(json.dumps(manifest, indent=0), encoding="utf-8")
    for relpath in orphans:
        (root / relpath).unlink()
        changed.append(relpath)
    for folder in sorted((root / SNIPPETS_DIR).rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return changed
