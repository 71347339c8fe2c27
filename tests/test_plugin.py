"""End to end: pytest collects the docs of a small project and reports like a user expects."""

from __future__ import annotations

import json
import textwrap
from collections import Counter

import pytest
from support import commit_all

from verified_docs.model.page import parse_docs
from verified_docs.results.snippets import write_snippets

PAGE = """
# Cases

```python
print("hello")
```

<!--pytest-codeblocks:expected-output-->
```text
hello
```

<!--pytest.mark.xfail(strict=True, reason="raises")-->
<!--snippet:raises KeyError-->
```python
{}["k"]
```

<!--pytest.mark.xfail(strict=True, reason="raises")-->
<!--snippet:raises ValueError-->
```python
{}["k"]
```

<!--pytest.mark.xfail(strict=True, reason="raises")-->
<!--snippet:raises ValueError-->
```python
print("no error")
```

```python
print("actual")
```

<!--pytest-codeblocks:expected-output-->
```text
typed by hand
```

<!--snippet:timeout 1-->
```python
import time

time.sleep(30)
```

```python
import os

os._exit(7)
```

<!--pytest.mark.skip(reason="shown, not run")-->
```python
print("skipped")
```
"""


@pytest.fixture
def project(pytester):
    pytester.makefile(".md", **{"docs/cases": textwrap.dedent(PAGE)})
    pytester.makeini("[pytest]\naddopts = -p verified_docs.pytest_plugin\n")
    write_snippets(pytester.path, parse_docs(pytester.path / "docs", pytester.path))
    return pytester


def outcomes(result) -> dict[str, str]:
    found = {}
    for line in result.outlines:
        for word in ("PASSED", "FAILED", "SKIPPED"):
            if line.startswith("docs/cases.md::") and f" {word}" in line:
                found[line.split(" ")[0].removeprefix("docs/cases.md::")] = word
    return found


def test_each_block_is_an_item_per_device_with_the_right_outcome(project):
    result = project.runpytest_subprocess("-v", "-p", "no:cacheprovider", "docs")
    seen = outcomes(result)
    assert {name: seen[name] for name in seen if name.endswith("[cpu]")} == {
        "01_cases[cpu]": "PASSED",
        "02_cases[cpu]": "PASSED",
        "03_cases[cpu]": "FAILED",  # raised KeyError, not the declared ValueError
        "04_cases[cpu]": "FAILED",  # declared ValueError, raised nothing
        "05_cases[cpu]": "FAILED",  # output differs from the page
        "06_cases[cpu]": "FAILED",  # hang
        "07_cases[cpu]": "FAILED",  # crash
        "08_cases[cpu]": "SKIPPED",
    }
    assert len(seen) == 8 * 3  # cpu, cuda and mps items for each of the 8 fences
    text = result.stdout.str()
    assert "expected ValueError to be raised, but KeyError: 'k'" in text
    assert "expected ValueError to be raised, but it finished without error" in text
    assert "output differs from the fence at docs/cases.md:35" in text
    assert "-typed by hand\n+actual" in text.replace("\n    ", "\n")
    assert "timed out after 1 s" in text
    assert "crashed: the process exited with code 7" in text
    assert "docs/cases.md:40 (snippets/cases/06_cases.py) on cpu" in text
    assert "no CUDA device on this machine" in text

    store = json.loads((project.path / "build/verification/results.json").read_text())
    cpu = [r for r in store["results"] if r["device"] == "cpu"]
    assert Counter(r["status"] for r in cpu) == {"passed": 2, "failed": 5, "skipped": 1}
    entry = next(r for r in cpu if r["item"] == "docs/cases.md::01_cases[cpu]")
    assert entry["snippet"] == "snippets/cases/01_cases.py"
    assert entry["page"] == "docs/cases.md"
    assert store["environments"][entry["environment"]]["torch"]
    crashed = next(r for r in cpu if r["item"] == "docs/cases.md::07_cases[cpu]")
    assert "exited with code 7" in crashed["detail"]


def test_runs_merge_and_the_fast_path_reuses_only_unchanged_blocks(project):
    page = project.path / "docs/cases.md"
    page.write_text("# Cases\n\n```python\nprint('a')\n```\n\n```python\nprint('b')\n```\n")
    (project.path / "docs/other.md").write_text("# Other\n\n```python\nx = 1\n```\n")
    write_snippets(project.path, parse_docs(project.path / "docs", project.path))
    args = ("-v", "-p", "no:cacheprovider", "-k", "cpu")
    project.runpytest_subprocess(*args, "docs").assert_outcomes(passed=3, deselected=6)
    project.runpytest_subprocess(*args, "docs/cases.md").assert_outcomes(passed=2, deselected=4)
    store = json.loads((project.path / "build/verification/results.json").read_text())
    assert "docs/other.md::01_other[cpu]" in {r["item"] for r in store["results"]}

    page.write_text(page.read_text().replace("print('b')", "print('c')"))
    write_snippets(project.path, parse_docs(project.path / "docs", project.path))
    result = project.runpytest_subprocess(*args, "--reuse-results", "docs")
    text = result.stdout.str()
    assert "01_cases[cpu] REUSED (verified 20" in text
    assert "01_other[cpu] REUSED" in text
    assert "02_cases[cpu] PASSED" in text


def test_a_page_edited_after_extraction_runs_what_the_page_holds(project):
    page = project.path / "docs/cases.md"
    page.write_text(page.read_text().replace('print("hello")', 'raise SystemExit("broken")'))
    result = project.runpytest_subprocess(
        "-p", "no:cacheprovider", "docs", "-k", "01_cases and cpu"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*snippets/cases/01_cases.py*differs from*docs/cases.md*"])


def test_malformed_markdown_fails_collection_naming_file_and_line(pytester):
    pytester.makefile(
        ".md", **{"docs/bad": "# Bad\n\n<!--snippet:nonsense-->\n```python\nx = 1\n```\n"}
    )
    result = pytester.runpytest_subprocess("-p", "verified_docs.pytest_plugin", "docs")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*docs/bad.md:3: unknown directive <!--snippet:nonsense-->*"])


def test_missing_snippet_file_is_a_failure_not_a_skip(pytester):
    pytester.makefile(".md", **{"docs/new": "# New\n\n```python\nx = 1\n```\n"})
    result = pytester.runpytest_subprocess("-p", "verified_docs.pytest_plugin", "docs", "-k", "cpu")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*snippets/new/01_new.py is missing: run `make snippets`*"])


def test_a_snippet_that_writes_into_the_repository_fails_the_run(pytester):
    code = "from pathlib import Path\n\nPath(__file__).with_name('leak.txt').write_text('x')\n"
    page = f"# Leak\n\n```python\n{code}```\n"
    pytester.makefile(".md", **{"docs/leak": page})
    write_snippets(pytester.path, parse_docs(pytester.path / "docs", pytester.path))
    commit_all(pytester.path)
    result = pytester.runpytest_subprocess("-p", "verified_docs.pytest_plugin", "docs", "-k", "cpu")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*the run changed the repository working tree:*", "*leak.txt*"])
