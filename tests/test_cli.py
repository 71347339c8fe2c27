"""The commands behind `make snippets`, `make check`, `make outputs` and the site hook."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
from support import build_site, write_page

from verified_docs.cli import main
from verified_docs.model.page import parse_page
from verified_docs.site import notebook

PAGE = """
# Outputs

```python
print(6 * 7)
```

<!--pytest-codeblocks:expected-output-->
```text
typed, not run
```

!!! note

    ```python
    print("inside")
    ```

    <!--snippet:output-->
    ```text
    ```
"""


def run_cli(tmp_path, *args):
    return main(["--root", str(tmp_path), *args])


def test_check_fails_until_snippets_are_written(tmp_path, capsys):
    write_page(tmp_path, PAGE)
    assert run_cli(tmp_path, "check") == 1
    assert "missing (run `make snippets`)" in capsys.readouterr().err
    assert run_cli(tmp_path, "snippets") == 0
    assert run_cli(tmp_path, "check") == 0


def test_malformed_docs_exit_with_file_and_line(tmp_path):
    write_page(tmp_path, "# T\n\n```py\nx = 1\n```\n")
    result = subprocess.run(
        [sys.executable, "-m", "verified_docs", "--root", str(tmp_path), "snippets"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: docs/page.md:3: fence language 'py' is never run: spell it python"
    )
    assert not (tmp_path / "snippets").exists()


def test_the_site_build_refuses_malformed_docs(tmp_path):
    write_page(tmp_path, "# T\n\n<!--snippet:raises-->\n```python\nx = 1\n```\n")
    result = build_site(tmp_path)
    assert result.returncode != 0
    assert (
        "docs/page.md:3: usage: <!--snippet:raises ExceptionName [match=REGEX]-->" in result.stderr
    )


def test_a_new_block_is_served_before_its_snippet_file_exists(tmp_path):
    """While serving, a block just added has no file in snippets/ yet: the strict build still
    passes, and its download is the page's code."""
    write_page(tmp_path, "# T\n\n```python\nprint('new')\n```\n", name="index.md")
    result = build_site(tmp_path)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "snippets").exists()
    served = (tmp_path / "site" / "snippets" / "index" / "01_t.py").read_text()
    assert served.endswith("print('new')\n")


FIGURE_PAGE = """
# Figures

<!--snippet:figure line.svg-->
```python
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 1], [0, 1])
fig.savefig("line.svg")
```

![A line](figures/page/line.svg)
"""


def update_outputs(project, mode="stale"):
    args = ("-p", "verified_docs.pytest_plugin", "-p", "no:cacheprovider", "-k", "cpu")
    return project.runpytest_subprocess(*args, "docs", f"--update-outputs={mode}")


def test_outputs_are_rewritten_by_the_run_that_checks_them(pytester):
    page = write_page(pytester.path, PAGE)
    main(["--root", str(pytester.path), "snippets"])
    update_outputs(pytester).assert_outcomes(passed=2, deselected=4)
    text = page.read_text()
    assert "```text\n42\n```" in text
    assert "    ```text\n    inside\n    ```" in text
    assert text.count("\n") == textwrap.dedent(PAGE).lstrip("\n").count("\n") + 1
    update_outputs(pytester).assert_outcomes(passed=2, deselected=4)
    assert page.read_text() == text  # a second run changes nothing


def test_a_failing_snippet_leaves_its_page_untouched(pytester):
    page = write_page(pytester.path, PAGE.replace("print(6 * 7)", "print(6 * seven)"))
    main(["--root", str(pytester.path), "snippets"])
    before = page.read_text()
    result = update_outputs(pytester)
    result.assert_outcomes(passed=1, failed=1, deselected=4)
    result.stdout.fnmatch_lines(["*NameError: name 'seven' is not defined*"])
    result.stdout.fnmatch_lines(["*docs/page.md: left unchanged because these blocks failed*"])
    assert page.read_text() == before


def test_a_page_whose_block_without_output_fails_is_left_untouched(pytester):
    failing = "```python\nassert 6 * 7 == 41\n```\n\n!!! note"
    page = write_page(pytester.path, PAGE.replace("!!! note", failing))
    main(["--root", str(pytester.path), "snippets"])
    before = page.read_text()
    result = update_outputs(pytester)
    result.stdout.fnmatch_lines(["*docs/page.md: left unchanged because these blocks failed*"])
    assert page.read_text() == before


def test_output_that_would_corrupt_the_page_is_refused(pytester):
    page = write_page(pytester.path, PAGE.replace("print(6 * 7)", 'print("```")'))
    main(["--root", str(pytester.path), "snippets"])
    before = page.read_text()
    result = update_outputs(pytester)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*docs/page.md:8: the output contains a fence line*"])
    assert page.read_text() == before


def test_figures_are_written_by_outputs_and_checked_for_drift(pytester, capsys):
    root = pytester.path
    write_page(root, FIGURE_PAGE)
    run_cli(root, "snippets")
    assert run_cli(root, "check") == 1
    assert "docs/figures/page/line.svg: missing figure" in capsys.readouterr().err
    update_outputs(pytester).assert_outcomes(passed=1, deselected=2)
    figure = root / "docs/figures/page/line.svg"
    first = figure.read_bytes()
    assert first.startswith(b"<?xml")
    update_outputs(pytester, "refresh")
    assert figure.read_bytes() == first  # deterministic: no churn in git
    assert run_cli(root, "check") == 0

    (root / "docs/figures/page/stale.svg").write_text("<svg/>")
    assert run_cli(root, "check") == 1
    assert "docs/figures/page/stale.svg: orphan figure" in capsys.readouterr().err


MEASURED_PAGE = """
# Measured

<!--snippet:figure t.svg-->
```python
import time

from pathlib import Path

Path("t.svg").write_text(f"<svg><!-- {time.time_ns()} --></svg>")
print(f"took {time.perf_counter():.3f} s")
```

<!--snippet:output rtol=inf-->
```text
took 1.000 s
```
"""


def test_a_measurement_is_rewritten_only_when_asked_to_remeasure(pytester, monkeypatch):
    monkeypatch.setenv("VERIFIED_DOCS_BUSY_SHARE", "1")  # the rewrite is tested, not the load
    page = write_page(pytester.path, MEASURED_PAGE)
    main(["--root", str(pytester.path), "snippets"])
    update_outputs(pytester).assert_outcomes(passed=1, deselected=2)
    figure = pytester.path / "docs/figures/page/t.svg"
    first, text = figure.read_bytes(), page.read_text()
    assert "took 1.000 s" in text  # still matches: a measurement's numbers are free
    update_outputs(pytester)
    assert figure.read_bytes() == first and page.read_text() == text
    update_outputs(pytester, "refresh")
    assert figure.read_bytes() != first and "took 1.000 s" not in page.read_text()


def test_a_block_that_does_not_draw_its_figure_fails(pytester):
    page = FIGURE_PAGE.replace('fig.savefig("line.svg")', 'fig.savefig("other.svg")')
    pytester.makefile(".md", **{"docs/page": page})
    main(["--root", str(pytester.path), "snippets"])
    result = pytester.runpytest_subprocess("-p", "verified_docs.pytest_plugin", "docs", "-k", "cpu")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*declares figure line.svg but did not write it*"])


def test_an_unchanged_notebook_is_left_byte_for_byte(tmp_path, capsys):
    """`make outputs` must not rewrite a notebook whose page did not change: a rewrite
    gives every cell a new random id, a diff that says nothing."""
    write_page(tmp_path, "<!--snippet:notebook-->\n# Page\n\nText.\n\n```python\nx = 1\n```\n")
    stored = tmp_path / "docs" / "page-notebook.ipynb"
    page = parse_page(tmp_path / "docs" / "page.md", display_path=Path("docs/page.md"))
    stored.write_text(nbformat.writes(notebook.build(page)))
    before = stored.read_bytes()
    assert main(["--root", str(tmp_path), "notebooks"]) == 0
    assert stored.read_bytes() == before
    assert "page-notebook" not in capsys.readouterr().out
