"""Prove that running snippets changes nothing in the repository's working tree, by content.

Snippets run in empty temporary directories, so only an absolute path (or a path
built from ``__file__``) can reach the repository. :class:`RepoGuard` watches every
file git sees there (tracked, and untracked but not ignored): a cheap ``stat``
after each item, and a hash of a file only when its ``stat`` changed, so a file
rewritten with new content is caught even when ``git status`` looks the same.

Nothing the author wrote is lost: before the run, every file with uncommitted
edits (modified or untracked) is copied under the git directory
(``<git-dir>/verified-docs/snapshots/<date>/``, the last ten runs that had any),
and a change names that copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import time
from pathlib import Path

KEEP_SNAPSHOTS = 10
SNAPSHOT_MAX_BYTES = 50 * 1024**2  # larger uncommitted files are hashed, not copied


def _git(root: Path, *args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, check=True).stdout


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    """What tells that a file may have changed: any write, and any reset of its modification
    time, sets its change time (``st_ctime``), which a process cannot set back."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino


def _digest(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as file:  # hashlib.file_digest is Python 3.11+
            for chunk in iter(lambda: file.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


class RepoGuard:
    """The working tree's files by content; :meth:`check` says what changed since."""

    def __init__(self, root: Path):
        self.root = root
        self.state = self._scan({})
        self.start = dict(self.state)
        self.dirs = self._dirs()
        self.snapshot = self._snapshot()

    @classmethod
    def start_or_none(cls, root: Path) -> RepoGuard | None:
        """A guard for ``root``, or None where it is not a git working tree (or git is missing)."""
        try:
            return cls(root)
        except (OSError, subprocess.CalledProcessError):
            return None

    # -- reading the tree ---------------------------------------------------
    def _listed(self) -> list[str]:
        out = _git(self.root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        return sorted({name for name in out.decode("utf-8", "surrogateescape").split("\0") if name})

    def _scan(self, known: dict[str, tuple]) -> dict[str, tuple]:
        """path -> (stat, digest); a file whose stat is as ``known`` keeps its known digest."""
        state = {}
        for name in self._listed():
            stat = _stat(self.root / name)
            previous = known.get(name)
            if previous is not None and previous[0] == stat:
                state[name] = previous
            else:
                state[name] = (stat, _digest(self.root / name) if stat else None)
        return state

    def _dirs(self) -> dict[Path, int | None]:
        dirs = {self.root} | {(self.root / name).parent for name in self.state}
        return {d: (_stat(d) or (0, None))[1] for d in dirs}

    def _restat(self) -> dict[str, tuple]:
        """The state now: known files re-stat'ed; the listing redone only if a directory changed."""
        if any((_stat(d) or (0, None))[1] != mtime for d, mtime in self.dirs.items()):
            state = self._scan(self.state)
            self.dirs = self._dirs()
            return state
        state = {}
        for name, previous in self.state.items():
            stat = _stat(self.root / name)
            same = previous[0] == stat
            state[name] = previous if same else (stat, _digest(self.root / name) if stat else None)
        return state

    # -- what changed -------------------------------------------------------
    @staticmethod
    def _diff(before: dict, after: dict, ignore: set[str]) -> list[str]:
        lines = []
        for name in sorted(before.keys() | after.keys()):
            if name in ignore:
                continue
            old, new = before.get(name, (None, None))[1], after.get(name, (None, None))[1]
            if old == new:
                continue
            kind = "added" if old is None else "deleted" if new is None else "modified"
            lines.append(f"  {kind}: {name}")
        return lines

    def _message(self, lines: list[str], what: str) -> str | None:
        if not lines:
            return None
        text = f"{what} changed the repository working tree:\n" + "\n".join(lines)
        if self.snapshot is not None:
            text += (
                "\nevery file that had uncommitted edits before the run is copied, "
                f"as it was, under {self.snapshot}"
            )
        return text

    def check(self, what: str = "this snippet") -> str | None:
        """What changed since the last check (None if nothing); the next check starts from now."""
        state = self._restat()
        lines = self._diff(self.state, state, set())
        self.state = state
        return self._message(lines, what)

    def since_start(self, ignore: set[str] = frozenset(), what: str = "the run") -> str | None:
        """What changed since the guard started, without the files in ``ignore``."""
        self.state = self._restat()
        return self._message(self._diff(self.start, self.state, set(ignore)), what)

    # -- keeping uncommitted work -----------------------------------------------
    def _dirty(self) -> list[str]:
        """Files with uncommitted edits: modified, added or untracked (and not deleted)."""
        out = _git(self.root, "status", "--porcelain", "-z", "--untracked-files=all")
        entries = out.decode("utf-8", "surrogateescape").split("\0")
        names, skip = [], False
        for entry in entries:
            if skip or len(entry) < 4:
                skip = False
                continue
            skip = entry[0] in "RC"  # a rename is followed by its old name
            if (self.root / entry[3:]).is_file():
                names.append(entry[3:])
        return names

    def _snapshot(self) -> Path | None:
        dirty = self._dirty()
        if not dirty:
            return None
        git_dir = Path(_git(self.root, "rev-parse", "--absolute-git-dir").decode().strip())
        base = git_dir / "verified-docs" / "snapshots"
        target = base / time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        target = target.with_name(f"{target.name}-{os.getpid()}")
        for name in dirty:
            source = self.root / name
            with contextlib.suppress(OSError):
                if source.stat().st_size <= SNAPSHOT_MAX_BYTES:
                    (target / name).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, target / name)
        for old in sorted(p for p in base.iterdir() if p.is_dir())[:-KEEP_SNAPSHOTS]:
            shutil.rmtree(old, ignore_errors=True)
        return target
