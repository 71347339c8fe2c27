"""Output fences: exact and tolerant comparison, and rewriting from real runs."""

from __future__ import annotations

from math import inf

import pytest
from support import write_page

from verified_docs.model.page import Output, parse_page
from verified_docs.results.outputs import Updates, diff, matches, rewrite, unwritable


def output(text: str, mode: str = "approx", rtol: float = 0.0) -> Output:
    return Output(line=1, body_start=0, body_end=0, indent="", text=text, mode=mode, rtol=rtol)


def test_exact_mode_is_character_for_character():
    assert matches(output("a 1\n", "exact"), "a 1\n")
    assert not matches(output("a 1\n", "exact"), "a 1.0\n")
    assert not matches(output("a 1\n", "exact"), "a 1\n\n")


@pytest.mark.parametrize(
    ("expected", "actual", "rtol", "ok"),
    [
        ("took 1.00 s\n", "took 1.04 s\n", 0.05, True),
        ("took 1.00 s\n", "took 1.20 s\n", 0.05, False),
        ("loss 0.5\n", "loss 0.5\n", 0.0, True),
        ("loss 0.5\n", "loss 0.50001\n", 0.0, False),
        ("tensor([1., 2.])\n", "tensor([1., 2.])\n", 0.0, True),
        ("accuracy: 64.9%\n", "accuracy: 65.1%\n", 0.01, True),
        ("start\n...\nend\n", "start\nline a\nline b\nend\n", 0.0, True),
        ("start\n...\nend\n", "start\nend\n", 0.0, True),
        ("start\n...\nend\n", "start\nmiddle\n", 0.0, False),
        ("device: ... (cpu)\n", "device: Intel Xeon (cpu)\n", 0.0, True),
        ("a\n", "a\nb\n", 0.0, False),
        ("nan\n", "nan\n", 0.1, True),
        ("IQR 26.89 us over 45\n", "IQR  9.77 us over 61\n", inf, True),
        ("step  9.80|\n", "step 10.10|\n", 0.05, True),
        ("mean 1.0 ms\n", "mean 1.0 s\n", inf, False),
        ("a b 1\n", "a c 1\n", inf, False),
    ],
)
def test_tolerant_mode(expected, actual, rtol, ok):
    assert matches(output(expected, rtol=rtol), actual) is ok


def test_diff_shows_both_sides():
    text = diff("a\nb\n", "a\nc\n", "docs/p.md:9")
    assert "--- docs/p.md:9 (on the page)" in text
    assert "-b\n+c" in text


def test_rewrite_replaces_only_stale_outputs_and_keeps_indentation(tmp_path):
    path = write_page(
        tmp_path,
        """
        # T

        ```python
        print("fresh")
        ```

        <!--pytest-codeblocks:expected-output-->
        ```text
        stale
        ```

        !!! note

            ```python
            print("x 1.0")
            ```

            <!--snippet:output rtol=0.5-->
            ```text
            x ...
            ```

            ```python
            print("y 2")
            ```

            <!--snippet:output-->
            ```text
            z 2
            ```
        """,
    )
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    text = rewrite(page, {1: "fresh\nsecond line\n", 2: "x 1.2\n", 3: "y 2\nand more\n"})
    assert "```text\nfresh\nsecond line\n```" in text
    assert "    ```text\n    x ...\n    ```" in text  # still matches: kept as written
    assert "    ```text\n    y 2\n    and more\n    ```" in text  # stale, inside the note
    assert text.count("\n") == page.source.count("\n") + 2


def test_a_measurements_machine_line_is_free_text():
    measured = output("machine: AMD EPYC, 2 CPU cores, torch 2.14.1+cu130\ntook 3.0 ms\n", rtol=inf)
    assert matches(measured, "machine: Apple M3, 8 CPU cores, torch 2.11.0+cpu\ntook 9.5 ms\n")
    assert not matches(measured, "machine: x\nused 9.5 ms\n")
    exact = output("machine: AMD EPYC\n", rtol=0.0)
    assert not matches(exact, "machine: Apple M3\n")


def test_a_measurement_may_print_an_infinite_number():
    assert matches(output("ratio 2.5\n", rtol=inf), "ratio inf\n")
    assert not matches(output("ratio 2.5\n", rtol=0.5), "ratio inf\n")


EXACT = """
# T

```python
print("a  ")
```

<!--pytest-codeblocks:expected-output-->
```text
a
```
"""


def test_output_that_an_exact_fence_cannot_hold_is_refused(tmp_path):
    path = write_page(tmp_path, EXACT)
    block = parse_page(path, display_path=path.relative_to(tmp_path)).blocks[0]
    assert "trailing spaces" in unwritable(block, "a  \n")
    assert "fence line" in unwritable(block, "```\n")
    assert "control character" in unwritable(block, "a\rb\n")
    assert "control character" in unwritable(block, "a\x00\n")
    assert "newline" in unwritable(block, "a")
    assert unwritable(block, "a\n") is None


def test_a_page_with_windows_line_ends_is_rewritten_with_them(tmp_path):
    path = write_page(tmp_path, "")
    path.write_bytes(EXACT.replace('"a  "', '"b"').lstrip("\n").replace("\n", "\r\n").encode())
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    updates = Updates("stale")
    updates.sources[page.path] = page.source
    assert updates._rewrite_page(tmp_path, page.path, {1: "b\n"}, print) == []
    data = path.read_bytes()
    assert b"```text\r\nb\r\n```\r\n" in data
    assert data.count(b"\r\n") == data.count(b"\n")


def test_a_figure_is_not_written_for_a_page_that_failed(tmp_path):
    path = write_page(tmp_path, EXACT)
    block = parse_page(path, display_path=path.relative_to(tmp_path)).blocks[0]
    updates = Updates("refresh")
    updates.figures[tmp_path / "figure.svg"] = (b"<svg/>", True, block.page)
    updates.record(block, None, failed=True)
    problems = updates.apply(tmp_path, print)
    assert problems and "failed" in problems[0]
    assert not (tmp_path / "figure.svg").exists()


def test_a_page_edited_during_the_run_is_not_rewritten(tmp_path):
    path = write_page(tmp_path, EXACT.replace('"a  "', '"b"'))
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    updates = Updates("stale")
    updates.sources[page.path] = page.source
    path.write_text(page.source + "\nA paragraph saved while the run went on.\n")
    edited = path.read_text()
    problems = updates._rewrite_page(tmp_path, page.path, {1: "b\n"}, print)
    assert problems == ["docs/page.md: changed during the run, so its outputs were not written"]
    assert path.read_text() == edited


def test_a_block_limited_to_an_accelerator_is_not_run_on_the_cpu_to_update(pytester):
    text = "# T\n\n<!--snippet:devices cuda-->\n```python\nprint(1)\n```\n"
    text += "\n<!--pytest-codeblocks:expected-output-->\n```text\ntyped\n```\n"
    page = pytester.makefile(".md", **{"docs/page": text})
    before = page.read_text()
    result = pytester.runpytest_subprocess(
        "-p", "verified_docs.pytest_plugin", "-k", "cpu", "-rs", "--update-outputs=stale", "docs"
    )
    result.assert_outcomes(skipped=1, deselected=2)
    result.stdout.fnmatch_lines(["*the block runs only on: cuda*"])
    assert page.read_text() == before


def test_a_measured_figure_is_kept_with_the_printed_figures_it_belongs_to(tmp_path):
    page = """
# T

```python
print("took 3.0 ms")
```

<!--snippet:output rtol=inf-->
```text
took ... ms
```
"""
    path = write_page(tmp_path, page)
    block = parse_page(path, display_path=path.relative_to(tmp_path)).blocks[0]
    quiet = {"others_busy": 0.0, "cores": 2}
    attributes = {"block_stdout": "took 3.0 ms\n", "files": {"chart.svg": b"<svg/>"}}
    run = type("Run", (), {**attributes, "machine": quiet})
    updates = Updates("refresh")
    updates.record(block, run(), failed=False)
    assert updates.figures == {}  # the text stays "took ... ms": the chart is not redrawn


def test_an_output_in_a_blockquote_keeps_its_quote_and_trailing_blank_lines_are_kept(tmp_path):
    text = (
        "# Q\n\n> ```python\n> print('new')\n> print()\n> ```\n>\n"
        "> <!--pytest-codeblocks:expected-output-->\n> ```text\n> old\n> ```\n"
    )
    path = write_page(tmp_path, text)
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    rewritten = rewrite(page, {1: "new\n\n"})
    assert "> ```text\n> new\n>\n> ```" in rewritten
    path.write_text(rewritten)
    again = parse_page(path, display_path=path.relative_to(tmp_path))
    assert matches(again.blocks[0].output, "new\n\n")


def test_a_fence_quoted_without_a_space_keeps_the_outputs_leading_spaces(tmp_path):
    text = (
        "# T\n\n> ```python\n> print('a')\n> ```\n>\n"
        "> <!--pytest-codeblocks:expected-output-->\n>```text\n>old\n>```\n"
    )
    path = write_page(tmp_path, text)
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    path.write_text(rewrite(page, {1: "x\n    y\n"}))
    again = parse_page(path, display_path=path.relative_to(tmp_path))
    assert matches(again.blocks[0].output, "x\n    y\n")
