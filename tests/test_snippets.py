"""Snippet files: their content, and the drift and orphan checks."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from support import write_page

from verified_docs.model.page import parse_docs
from verified_docs.results.snippets import (
    find_drift,
    read_header,
    render,
    segments,
    snippet_relpath,
    write_snippets,
)

PAGE = """
# Errors

<!--pytest.mark.xfail(strict=True, reason="it raises")-->
<!--snippet:raises KeyError-->
```python
{}["missing"]
```

## Chained

```python
x = 41
```

<!--pytest-codeblocks:cont-->
```python
print(x + 1)
```
"""


@pytest.fixture
def repo(tmp_path):
    write_page(tmp_path, PAGE, name="guide/errors.md")
    return tmp_path


def pages(repo):
    return parse_docs(repo / "docs", repo)


def test_snippet_paths_mirror_the_docs(repo):
    names = [snippet_relpath(b).as_posix() for b in pages(repo)[0].blocks]
    assert names == [
        "snippets/guide/errors/01_errors.py",
        "snippets/guide/errors/02_chained.py",
        "snippets/guide/errors/03_chained.py",
    ]


def test_header_names_source_and_expected_exception(repo):
    write_snippets(repo, pages(repo))
    header = read_header(repo / "snippets/guide/errors/01_errors.py")
    assert header.source == "docs/guide/errors.md:5"
    assert header.raises == "KeyError"


def test_continued_snippet_contains_the_earlier_code(repo):
    text = render(pages(repo)[0].blocks[2])
    assert "# continues: docs/guide/errors.md lines 11" in text
    assert text.index("x = 41") < text.index("print(x + 1)")


def test_in_sync_after_writing(repo):
    write_snippets(repo, pages(repo))
    assert find_drift(repo, pages(repo)) == []


def test_drift_is_reported_with_a_unified_diff(repo):
    write_snippets(repo, pages(repo))
    edited = repo / "snippets/guide/errors/02_chained.py"
    edited.write_text(edited.read_text().replace("x = 41", "x = 40"))
    [problem] = find_drift(repo, pages(repo))
    assert problem.startswith("snippets/guide/errors/02_chained.py: differs from the docs")
    assert "-x = 40\n+x = 41" in problem
    assert "--- snippets/guide/errors/02_chained.py (committed)" in problem


def test_missing_and_orphan_files_are_reported(repo):
    write_snippets(repo, pages(repo))
    (repo / "snippets/guide/errors/03_chained.py").unlink()
    orphan = repo / "snippets/guide/errors/09_gone.py"
    orphan.write_text("# Generated from docs/guide/errors.md:1 by `make snippets`\n")
    problems = find_drift(repo, pages(repo))
    assert any(p.startswith("snippets/guide/errors/03_chained.py: missing") for p in problems)
    assert any(p.startswith("snippets/guide/errors/09_gone.py: orphan") for p in problems)


def test_regenerating_removes_orphans_but_never_a_foreign_file(repo):
    write_snippets(repo, pages(repo))
    generated_orphan = repo / "snippets/guide/errors/03_chained.py"
    page = repo / "docs/guide/errors.md"
    page.write_text(page.read_text().split("<!--pytest-codeblocks:cont-->")[0])
    write_snippets(repo, pages(repo))
    assert not generated_orphan.exists()

    handwritten = repo / "snippets/guide/notes.py"
    handwritten.write_text("print('mine')\n")
    with pytest.raises(SystemExit, match="not generated"):
        write_snippets(repo, pages(repo))
    assert handwritten.read_text() == "print('mine')\n"


def test_segments_locate_each_block_of_the_chain_in_the_file(repo):
    block = pages(repo)[0].blocks[2]
    lines = render(block).splitlines()
    found = ["\n".join(lines[start - 1 : end]) for start, end in segments(block)]
    assert found == [b.code.rstrip("\n") for b in block.chain]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_on_a_fresh_clone_an_orphan_committed_unchanged_is_removed(repo):
    write_snippets(repo, pages(repo))
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "docs", "snippets"], check=True)
    subprocess.run([*git, "commit", "-qm", "snippets"], check=True)
    (repo / "build").rename(repo / "elsewhere")  # no record of what this checkout wrote
    orphan, edited = (repo / f"snippets/guide/errors/0{n}_chained.py" for n in (2, 3))
    edited.write_text(edited.read_text() + "print('kept')\n")
    page = repo / "docs/guide/errors.md"
    page.write_text(page.read_text().split("## Chained")[0])
    with pytest.raises(SystemExit, match=r"03_chained\.py; move"):
        write_snippets(repo, pages(repo))
    edited.unlink()
    write_snippets(repo, pages(repo))
    assert not orphan.exists()
