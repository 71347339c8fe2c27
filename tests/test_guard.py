"""The author's work: a snippet that changes a file in the working tree fails by name, and an
uncommitted edit is kept in a snapshot before anything runs."""

from __future__ import annotations

import os
from pathlib import Path

from support import commit_all

from verified_docs.run.guard import RepoGuard


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "page.md").write_text("committed\n")
    (root / ".gitignore").write_text("build/\n")
    return commit_all(root)


def test_overwriting_an_uncommitted_edit_is_caught_and_the_edit_kept(tmp_path):
    root = _repo(tmp_path)
    page = root / "page.md"
    page.write_text("my uncommitted edit\n")
    guard = RepoGuard(root)
    assert guard.check() is None
    page.write_text("clobbered by a snippet\n")  # git status: " M page.md" before and after
    message = guard.check()
    assert message and "modified: page.md" in message
    assert (guard.snapshot / "page.md").read_text() == "my uncommitted edit\n"
    assert str(guard.snapshot) in message
    assert guard.check() is None  # the next item is not blamed for it
    assert "page.md" in guard.since_start()


def test_new_deleted_and_ignored_files(tmp_path):
    root = _repo(tmp_path)
    guard = RepoGuard(root)
    assert guard.snapshot is None  # a clean tree: git has everything
    (root / "new.txt").write_text("x")
    (root / "build").mkdir()
    (root / "build" / "out.txt").write_text("ignored")
    assert guard.check().splitlines()[1:] == ["  added: new.txt"]
    (root / "page.md").unlink()
    assert "deleted: page.md" in guard.check()
    assert guard.since_start({"page.md", "new.txt"}) is None


def test_the_item_that_overwrites_an_uncommitted_edit_fails_by_name(pytester):
    from verified_docs.model.page import parse_docs
    from verified_docs.results.snippets import write_snippets

    code = (  # an absolute path out of the temporary directory, into the repository
        "from pathlib import Path\n\n"
        "Path(__file__).parents[2].joinpath('notes.txt').write_text('x')\n"
    )
    pytester.makefile(".md", **{"docs/leak": f"# Leak\n\n```python\n{code}```\n"})
    pytester.makefile(".txt", notes="committed\n")
    write_snippets(pytester.path, parse_docs(pytester.path / "docs", pytester.path))
    commit_all(pytester.path)
    (pytester.path / "notes.txt").write_text("uncommitted\n")
    result = pytester.runpytest_subprocess("-p", "verified_docs.pytest_plugin", "docs", "-k", "cpu")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*docs/leak.md:3 *",
            "*this snippet changed the repository working tree:*",
            "*modified: notes.txt*",
        ]
    )
    snapshots = list((pytester.path / ".git" / "verified-docs" / "snapshots").glob("*/notes.txt"))
    assert [p.read_text() for p in snapshots] == ["uncommitted\n"]


def test_an_overwrite_that_keeps_size_and_modification_time_is_caught(tmp_path):
    root = _repo(tmp_path)
    page = root / "page.md"
    page.write_text("my uncommitted edit\n")
    before = page.stat()
    guard = RepoGuard(root)
    page.write_text("same-size overwrite\n")
    assert page.stat().st_size == before.st_size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    message = guard.check()
    assert message and "modified: page.md" in message
