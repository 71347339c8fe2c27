"""The version matrix: blocks that declare the release they need, the reports of other torch
and Python versions, what the site says of them, and pyproject's minimums."""

from __future__ import annotations

import dataclasses
import re

import pytest
from support import ROOT, error_for, parse

from verified_docs import matrix as matrix_command
from verified_docs.model.directives import release
from verified_docs.model.page import parse_docs
from verified_docs.results.snippets import read_header, render, write_snippets
from verified_docs.results.store import Result, Store, block_key, environment, load_all
from verified_docs.run.verify import own_skip, too_old
from verified_docs.site import pages as site_pages
from verified_docs.site import versions

SINCE_PAGE = """
# Page

<!--snippet:since torch=2.9 python=3.10-->
```python
print(1)
```

<!--pytest-codeblocks:cont-->
<!--snippet:since torch=2.7 torchvision=0.24-->
```python
print(2)
```
"""


def test_since_is_read_and_a_continued_block_needs_the_newest_of_its_chain(tmp_path):
    first, second = parse(tmp_path, SINCE_PAGE).blocks
    assert first.spec.since == (("python", "3.10"), ("torch", "2.9"))
    assert second.spec.since == (("python", "3.10"), ("torch", "2.9"), ("torchvision", "0.24"))


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        ("<!--snippet:since-->", "usage: <!--snippet:since torch=2.9"),
        ("<!--snippet:since torch=latest-->", "needs a release such as 2.9"),
        ("<!--snippet:since numpy=2.0-->", "unknown option 'numpy'"),
        ("<!--snippet:since torch=2.9 torch=2.10-->", "an option is given twice"),
    ],
)
def test_a_bad_since_names_the_file_and_line(tmp_path, directive, message):
    error = error_for(tmp_path, f"# P\n\n{directive}\n```python\nprint(1)\n```\n")
    assert error.line == 3 and message in error.message


def test_a_minimum_changes_the_key_and_is_in_the_snippet_header(tmp_path):
    block = parse(tmp_path, SINCE_PAGE).blocks[0]
    older = dataclasses.replace(block, spec=dataclasses.replace(block.spec, since=()))
    assert block_key(block) != block_key(older)
    path = tmp_path / "snippet.py"
    path.write_text(render(block), encoding="utf-8")
    assert read_header(path).since == (("python", "3.10"), ("torch", "2.9"))


def test_too_old_compares_releases_not_strings():
    assert release("2.10.0+cu128") > release("2.9")  # as text, "2.10" < "2.9"
    assert too_old((("torch", "2.6"),)) is None
    assert too_old((("torch", "99.0"),)).startswith("needs torch 99.0 or newer (torch 2.")
    assert too_old((("python", "3.99"),)).startswith("needs python 3.99 or newer")


def test_a_block_too_new_for_this_torch_skips_with_the_reason(pytester):
    page = "# P\n\n<!--snippet:since torch=99.0-->\n```python\nassert False\n```\n"
    pytester.makefile(".md", **{"docs/new": page})
    pytester.makeini("[pytest]\naddopts = -p verified_docs.pytest_plugin\n")
    write_snippets(pytester.path, parse_docs(pytester.path / "docs", pytester.path))
    result = pytester.runpytest_subprocess("-rs", "-p", "no:cacheprovider", "-k", "cpu", "docs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*needs torch 99.0 or newer (torch 2.*"])
    block = parse_docs(pytester.path / "docs", pytester.path)[0].blocks[0]
    assert own_skip(block.spec, "cpu").startswith("needs torch 99.0")  # make serve: the same


# The site: per-page ranges and the matrix, from stores made here.
MATRIX_PAGE = """
# Page

```python
print(1)
```

<!--snippet:since torch=2.9-->
```python
print(2)
```
"""


def _report(page, torch, python, states, source):
    store = Store.empty(source)
    env = {**environment("cpu", "x86_64 (2 cores)"), "torch": torch, "python": python}
    env["id"] = f"{torch}-{python}"
    for block, state in zip(page.blocks, states, strict=True):
        detail = f"needs torch 2.9 or newer (torch {torch} here)" if state == "needs" else ""
        status = "skipped" if state == "needs" else state
        item = f"{block.page.as_posix()}::{block.name}[cpu]"
        result = Result(item, "cpu", block_key(block), env["id"], status, 0.1, "2026-12-07",
                        detail)  # fmt: skip
        store.add(result, env)
    return store


RANGE = "torch 2.6\N{EN DASH}2.15 · Python 3.10\N{EN DASH}3.13"


def test_a_page_is_verified_where_each_block_passed_or_declared_its_release(tmp_path):
    page = parse(tmp_path, MATRIX_PAGE)
    stores = [
        _report(page, "2.6.0+cu124", "3.10.13", ["passed", "needs"], "reports/a.json"),
        _report(page, "2.10.0", "3.12.1", ["passed", "failed"], "reports/b.json"),
        _report(page, "2.15.0", "3.13.0", ["passed", "passed"], "reports/c.json"),
    ]
    results = site_pages.Results(stores).know([page])
    assert results.matrix.page_range(page) == RANGE
    assert [c.torch_version for c in results.matrix.complete([page])] == ["2.6.0", "2.15.0"]
    badges = site_pages.badges(page, results)
    assert RANGE in badges
    assert "needs torch 2.9+" in site_pages.block_label(page.blocks[1], results)
    text = site_pages.verification_page([page], results)
    row = next(line for line in text.splitlines() if line.startswith("| [Page]"))
    assert row.split(" | ")[1:] == [
        "✓ 1/1 · 1 need a newer release",
        "✗ 1/2 · 1 failed",
        "✓ 2/2 |",
    ]


def test_a_changed_block_takes_the_page_out_of_the_range(tmp_path):
    page = parse(tmp_path, MATRIX_PAGE)
    store = _report(page, "2.15.0", "3.13.0", ["passed", "passed"], "reports/c.json")
    changed = parse(tmp_path, MATRIX_PAGE.replace("print(2)", "print(3)"))
    results = site_pages.Results([store]).know([changed])
    assert results.matrix.page_range(changed) == ""
    assert results.matrix.page_range(page) == "torch 2.15 · Python 3.13"


# This repository: the committed reports and pyproject's minimums.
def _repository_matrix():
    pages = parse_docs(ROOT / "docs", ROOT)
    reports = [s for s in load_all(ROOT) if s.source.startswith("reports/")]
    return pages, versions.Matrix(reports)


def _lower_bound(requirement: str) -> tuple[int, ...]:
    return release(re.search(r">=\s*([\d.]+)", requirement).group(1))


def test_pyproject_minimums_are_the_oldest_versions_every_page_passed_on():
    pages, found = _repository_matrix()
    complete = found.complete(pages)
    assert complete, "no committed report covers every page (make matrix: see the README)"
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {re.match(r"[\w-]+", d).group(): d for d in project["dependencies"]}
    oldest = {
        "torch": min(c.torch for c in complete)[:2],
        "torchvision": min(release(c.torchvision) for c in complete)[:2],
        "python": min(c.python for c in complete)[:2],
    }
    assert _lower_bound(declared["torch"]) == oldest["torch"]
    assert _lower_bound(declared["torchvision"]) == oldest["torchvision"]
    assert _lower_bound(project["requires-python"]) == oldest["python"]


def test_every_committed_report_is_a_cpu_cell_of_the_matrix_shown():
    pages, found = _repository_matrix()
    reports = sorted((ROOT / "reports").glob("cpu-*.json"))
    assert reports, "the matrix reports are committed under reports/"
    shown = {c.source for c in found.shown(pages)}
    assert shown == {p.relative_to(ROOT).as_posix() for p in reports}
    for path in reports:
        name = re.fullmatch(r"cpu-py([\d.]+)-torch([\d.]+)\.json", path.name)
        assert name, f"{path.name}: not a name make matrix writes"
        assert path.name == matrix_command.report_name(name[2], name[1])


def test_the_matrix_command_names_reports_and_pins_torchvision(tmp_path):
    assert matrix_command.report_name("2.10.0", "3.12.1") == "cpu-py3.12-torch2.10.json"
    assert matrix_command.requirements("2.15.0", None)[:2] == [
        "torch==2.15.0",
        "torchvision==0.29.2",
    ]
    assert matrix_command.requirements("2.6.0", "0.21.0")[1] == "torchvision==0.21.0"
    with pytest.raises(SystemExit, match="give --torchvision"):
        matrix_command.requirements("3.0.0", None)


def test_a_matrix_report_keeps_no_figures(tmp_path):
    page = parse(tmp_path, MATRIX_PAGE)
    store = _report(page, "2.6.0", "3.10.13", ["passed", "needs"], "reports/a.json")
    for result in store.results.values():
        result.output, result.machine = "12.3 ms", {"cores": 2}
    path = tmp_path / "cpu-py3.10-torch2.6.json"
    path.write_text(store.to_json(), encoding="utf-8")
    matrix_command.drop_figures(path)
    kept = Store.load(path).results.values()
    assert [(r.output, r.machine, r.status) for r in kept] == [
        ("", None, "passed"),
        ("", None, "skipped"),
    ]


def test_one_matrix_run_per_checkout(tmp_path):
    """A report written beside a run would fail the block that runs then: the second run
    stops at once, before building anything."""
    from filelock import FileLock

    (tmp_path / matrix_command.MATRIX_DIR).mkdir(parents=True)
    lock = FileLock(tmp_path / matrix_command.MATRIX_DIR / "run.lock")
    busy = pytest.raises(SystemExit, match="another make matrix runs in this checkout")
    with lock, busy:
        matrix_command.main(tmp_path, "2.6.0", "3.10", None, [], False)
    assert not (tmp_path / "reports").exists()
