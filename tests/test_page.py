"""The page model: every fence is accounted for, directives are read into a RunSpec, and
careless or hostile input (a typo in a directive, a class name that names nothing, a fence the
site shows but nothing runs, odd bytes, a copied file in ``snippets/``) is refused with the
Markdown file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from support import ROOT, error_for, parse, write_page

from verified_docs import cli
from verified_docs.model.page import DEFAULT_TIMEOUT, DocError, parse_docs, parse_page
from verified_docs.results.snippets import write_snippets

XFAIL = '<!--pytest.mark.xfail(strict=True, reason="it raises")-->'


def test_python_fences_become_blocks_with_their_lines(tmp_path):
    page = parse(
        tmp_path,
        """
        # Title

        ```python
        print(1)
        ```

        ```text
        just shown
        ```

        ## Second part

        ```python
        print(2)
        ```
        """,
    )
    assert [(b.line, b.name, b.code) for b in page.blocks] == [
        (3, "01_title", "print(1)\n"),
        (13, "02_second_part", "print(2)\n"),
    ]
    assert page.fence_count == 3


def test_fences_nested_in_admonitions_and_tabs_are_found(tmp_path):
    page = parse(
        tmp_path,
        """
        !!! bug "Wrong"

            > quoted

            ```python
            def f():
                return 1


            assert f() == 1
            ```

        === "Tab one"

            ```python
            x = 1
            ```
        """,
    )
    assert [b.line for b in page.blocks] == [5, 15]
    assert page.blocks[0].code.endswith("assert f() == 1\n")
    assert page.blocks[0].fence_indent == "    "


@pytest.mark.parametrize(
    ("fence", "message"),
    [
        ("```py", "spell it python"),
        ("```python3", "spell it python"),
        ('```python title="x.py"', "keep fences plain"),
        ("```bash", "use console"),
        ("```", "without a language"),
        ("```rust", "unknown fence language"),
        ("~~~python", "backtick fences"),
    ],
)
def test_fences_that_would_be_silently_skipped_are_errors(tmp_path, fence, message):
    closing = "~~~" if fence.startswith("~") else "```"
    error = error_for(tmp_path, f"# T\n\n{fence}\nprint(1)\n{closing}\n")
    assert str(error).startswith("docs/page.md:3: ")
    assert message in error.message


def test_unclosed_fence_names_its_line(tmp_path):
    error = error_for(tmp_path, "# T\n\ntext\n\n```python\nprint(1)\n")
    assert (error.line, "unclosed" in error.message) == (5, True)


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        ("<!--snippet:frobnicate-->", "unknown directive"),
        ("<!--pytest-codeblocks:bogus-->", "unknown directive"),
        ("<!--pytest.mark.skip-->", "needs a reason"),
        ('<!--pytest.mark.skip(reason="")-->', "needs a reason"),
        ("<!--pytest-codeblocks:skip-->", "deprecated"),
        ("<!--snippet:timeout soon-->", "number of seconds"),
        ("<!--snippet:setup nothing-such-->", "unknown setup"),
        ("<!--snippet:raises ValueError-->", "xfail"),
        ('<!--pytest.mark.xfail(strict=True, reason="x")-->', "snippet:raises"),
        ("<!--snippet:allow-warning UserWarning-->", "unknown directive"),
        ("<!--snippet:devices gpu-->", "devices from"),
        ("<!--pytest-codeblocks:cont-->", "must follow a python block"),
    ],
)
def test_bad_directives_are_errors_naming_file_and_line(tmp_path, directive, message):
    error = error_for(tmp_path, f"# T\n\n{directive}\n```python\nprint(1)\n```\n")
    assert error.path.as_posix() == "docs/page.md"
    assert error.line in (3, 4)
    assert message in error.message


def test_directive_must_be_followed_by_a_fence(tmp_path):
    error = error_for(tmp_path, "# T\n\n<!--snippet:timeout 5-->\n\nSome prose.\n")
    assert (error.line, "not directly followed" in error.message) == (3, True)


def test_directives_are_read(tmp_path):
    page = parse(
        tmp_path,
        """
        # T

        <!--pytest.mark.xfail(strict=True, reason="it raises")-->
        <!--snippet:raises ValueError match="bad.*value"-->
        <!--snippet:timeout 5-->
        <!--snippet:devices cpu-->
        <!--snippet:label bad_value-->
        ```python
        raise ValueError("bad value")
        ```

        <!--pytest.mark.skip(reason="needs a display")-->
        ```python
        print(2)
        ```
        """,
    )
    first, second = page.blocks
    assert first.spec.raises == "ValueError"
    assert first.spec.raises_match == "bad.*value"
    assert first.spec.timeout == 5
    assert first.spec.devices == ("cpu",)
    assert first.name == "01_bad_value"
    assert second.spec.skip_reason == "needs a display"
    assert second.spec.timeout == DEFAULT_TIMEOUT


def test_continued_blocks_form_a_chain(tmp_path):
    page = parse(
        tmp_path,
        """
        # T

        ```python
        x = 1
        ```

        <!--snippet:output-->
        ```text
        ```

        <!--pytest-codeblocks:cont-->
        ```python
        print(x + 1)
        ```

        <!--pytest-codeblocks:expected-output-->
        ```text
        2
        ```
        """,
    )
    first, second = page.blocks
    assert second.continues is first
    assert second.chain == [first, second]
    assert second.output.text == "2\n"
    assert second.output.mode == "exact"


def test_continuing_past_another_fence_is_an_error(tmp_path):
    error = error_for(
        tmp_path,
        """
        ```python
        x = 1
        ```

        ```text
        unrelated
        ```

        <!--pytest-codeblocks:cont-->
        ```python
        print(x)
        ```
        """,
    )
    assert "pytest-codeblocks continues the fence right before it" in error.message


def test_exact_output_inside_a_chain_is_an_error(tmp_path):
    error = error_for(
        tmp_path,
        """
        ```python
        print(1)
        ```

        <!--pytest-codeblocks:expected-output-->
        ```text
        1
        ```

        <!--pytest-codeblocks:cont-->
        ```python
        print(2)
        ```
        """,
    )
    assert error.line == 6
    assert "last block of a continued chain" in error.message


def test_output_fence_must_follow_a_python_block(tmp_path):
    error = error_for(
        tmp_path, "Prose.\n\n<!--pytest-codeblocks:expected-output-->\n```text\n1\n```\n"
    )
    assert "must directly follow a python fence" in error.message


def test_python_that_does_not_compile_is_an_error(tmp_path):
    error = error_for(tmp_path, "# T\n\n```python\nx = 1\ndef broken(:\n```\n")
    assert error.line == 5
    assert "does not compile" in error.message


@pytest.mark.parametrize(
    ("code", "spawn"),
    [
        ("loader = DataLoader(ds, num_workers=2)\n", True),
        ("loader = DataLoader(ds, num_workers=workers)\n", True),
        ("loader = DataLoader(ds, num_workers=0)\n", False),
        ("import multiprocessing\n", True),
        ("import torch.multiprocessing as mp\n", True),
        ("print('no workers')\n", False),
    ],
)
def test_blocks_that_start_processes_also_run_with_spawn(tmp_path, code, spawn):
    page = parse(tmp_path, f"# T\n\n```python\n{code}```\n")
    assert page.blocks[0].spec.spawn is spawn


def test_a_continued_block_cannot_raise(tmp_path):
    error = error_for(
        tmp_path,
        """
        ```python
        x = 1
        ```

        <!--pytest-codeblocks:cont-->
        <!--pytest.mark.xfail(strict=True, reason="raises")-->
        <!--snippet:raises ZeroDivisionError-->
        ```python
        x / 0
        ```
        """,
    )
    assert "cannot continue another" in error.message


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        ("<!--snippet:timeout 5--><!--snippet:devices cpu-->", "stand alone"),
        ("<!--snippet :output-->", "looks like a directive"),
        ("<!--pytest-codeblock:expected-output-->", "looks like a directive"),
        ("<!--snippet:timeout 0-->", "positive"),
        ("<!--snippet:timeout -1-->", "positive"),
        ("<!--snippet:outptu-->", "did you mean <!--snippet:output-->"),
    ],
)
def test_more_bad_directives(tmp_path, directive, message):
    error = error_for(tmp_path, f"# T\n\n{directive}\n```python\nprint(1)\n```\n")
    assert (error.line, message in error.message) == (3, True)


@pytest.mark.parametrize(
    "directive",
    [
        "raises UnpicklingError",
        "raises pickle.PicklingError",
        "raises json.JSONDecodeError",
        "raises StopIteration",
        "raises torch.OutOfMemoryError",  # checked in the worker, where torch is imported
    ],
)
def test_real_class_names_are_accepted(tmp_path, directive):
    xfail = '<!--pytest.mark.xfail(strict=True, reason="x")-->\n' if "raises" in directive else ""
    text = f"# T\n\n{xfail}<!--snippet:{directive}-->\n```python\nx = 1\n```\n"
    assert parse(tmp_path, text).blocks[0].code == "x = 1\n"


def test_ordinary_comments_are_prose(tmp_path):
    page = parse(
        tmp_path,
        """
        # T

        <!-- TODO: a better example -->
        <!-- site:stats -->
        Text with <!-- a remark --> inline.

        ```python
        print(1)
        ```
        """,
    )
    assert len(page.blocks) == 1


def test_a_cached_error_is_raised_again(tmp_path):
    path = write_page(tmp_path, "# T\n\n```python\ndef broken(:\n```\n")
    for _ in range(2):
        with pytest.raises(DocError, match="does not compile"):
            parse_page(path)


def test_windows_line_ends_keep_lines_and_code(tmp_path):
    page = write_page(tmp_path, "x")
    page.write_bytes(b"# T\r\n\r\n<!--snippet:timeout 5-->\r\n```python\r\nx = 1\r\n```\r\n")
    [block] = parse_page(page).blocks
    assert (block.line, block.code, block.spec.timeout) == (4, "x = 1\n", 5)


def test_a_collapsible_bug_admonition_is_a_correction(tmp_path):
    text = '# T\n\n??? bug "Wrong in the note"\n\n    > x is 2.\n\n'
    text += "    ```python\n    x = 1\n    ```\n"
    page = parse_page(write_page(tmp_path, text))
    assert [c.title for c in page.corrections] == ["Wrong in the note"]
    assert len(page.corrections[0].blocks) == 1


@pytest.mark.parametrize(
    "directive",
    [
        "<!--snipet:output-->",
        "<!--Snippet:output-->",
        "<!--snippets:output-->",
        "<!--pytest_codeblocks:expected-output-->",
        "<!--expected-output-->",
        "<!-- expected_output -->",
        "<!--output rtol=0.1-->",
        "<!--codeblocks:expected-output-->",
        "<!--SNIPPET:output-->",
        "<!--snippet_output-->",
        "<!--outptu-->",
    ],
)
def test_a_directive_with_a_typo_is_an_error(tmp_path, directive):
    """The wrong output below would pass if the directive were ignored."""
    page = f"# T\n\n```python\nprint(1)\n```\n\n{directive}\n```text\n2\n```\n"
    error = error_for(tmp_path, page)
    assert error.line == 7
    assert "looks like a directive" in error.message


@pytest.mark.parametrize(
    ("directives", "option"),
    [
        (f'{XFAIL}\n<!--snippet:raises ValueError mach="x"-->', "'mach'"),
        (f"{XFAIL}\n<!--snippet:raises ValueError matchh=x-->", "'matchh'"),
        ("<!--snippet:timeout 5 unit=s-->", "'unit'"),
        ('<!--snippet:label first reason="x"-->', "'reason'"),
        (
            '<!--pytest.mark.xfail(strict=True, reason="x", raises=KeyError)-->\n'
            "<!--snippet:raises ValueError-->",
            "'raises'",
        ),
        ('<!--pytest.mark.skip(reason="x", when="never")-->', "'when'"),
    ],
)
def test_an_unknown_option_is_an_error(tmp_path, directives, option):
    error = error_for(tmp_path, f"# T\n\n{directives}\n```python\nraise ValueError\n```\n")
    assert error.line in (3, 4)
    assert option in error.message


def test_an_unknown_output_option_is_an_error(tmp_path):
    error = error_for(
        tmp_path, "```python\nprint(1)\n```\n\n<!--snippet:output rtoll=0.1-->\n```text\n2\n```\n"
    )
    assert (error.line, "'rtoll'" in error.message) == (5, True)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Some text <!--snippet:output--> inside a paragraph.\n", 7),
        ("<!--pytest-codeblocks:cont--> and a note after it\n", 7),
        ("## A heading <!--snippet:label x-->\n", 7),
        ("<div>\n<!--pytest-codeblocks:cont-->\n</div>\n", 8),
        ("<!--pytest-codeblocks:\ncont-->\n", 7),
    ],
)
def test_a_directive_that_does_not_stand_alone_is_an_error(tmp_path, text, line):
    page = f"# T\n\n```python\nx = 1\n```\n\n{text}\n```python\nprint(x)\n```\n"
    error = error_for(tmp_path, page)
    assert error.line == line


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        ("raises object", "not an exception class"),
        ("raises ValueEror", "not an exception class"),
        ("raises UserWarning.mro", "not an exception class"),
        ("raises os.path", "not an exception class"),
        ("raises no_such_module.Error", "not an exception class"),
        ("raises IOError", "another name for OSError"),
        ("raises Exception", "too broad"),
        ("raises builtins.BaseException", "too broad"),
    ],
)
def test_class_names_must_name_a_real_class(tmp_path, directive, message):
    error = error_for(
        tmp_path, f"# T\n\n{XFAIL}\n<!--snippet:{directive}-->\n```python\nx = 1\n```\n"
    )
    assert error.line == 4
    assert message in error.message


@pytest.mark.parametrize("tag", ["<div markdown>", '<details markdown="1">', "<div>"])
def test_a_fence_inside_a_raw_html_block_is_an_error(tmp_path, tag):
    closing = f"</{tag[1:].split()[0].rstrip('>')}>"
    text = f"# T\n\n{tag}\n```python\nassert False\n```\n{closing}\n"
    error = error_for(tmp_path, text)
    assert (error.line, "raw HTML" in error.message) == (4, True)


@pytest.mark.parametrize(
    "text",
    [
        '--8<-- "docs/other.md"\n',
        '```python\n--8<-- "snippets/other.py"\n```\n',
        "-8<-\ndocs/other.md\n-8<-\n",
        '!!! note\n\n    --8<-- "other.md"\n',
    ],
)
def test_an_included_file_is_an_error(tmp_path, text):
    error = error_for(tmp_path, f"# T\n\nProse.\n\n{text}")
    assert error.line in (5, 6, 7)
    assert "--8<--" in error.message


def test_a_page_that_is_not_utf8_is_an_error_naming_file_and_line(tmp_path):
    page = write_page(tmp_path, "# T\n\nok\n")
    page.write_bytes(b"# T\n\nok\n\nCaf\xe9\n")
    with pytest.raises(DocError) as caught:
        parse_page(page, display_path=page.relative_to(tmp_path))
    assert str(caught.value).startswith("docs/page.md:5: not valid UTF-8")


@pytest.mark.parametrize("command", ["check", "snippets", "notebooks"])
def test_every_command_names_the_page_that_is_not_utf8(tmp_path, command):
    page = write_page(tmp_path, "# T\n")
    page.write_bytes(b"# T\n\n\xff\n")
    with pytest.raises(SystemExit) as caught:
        cli.main(["--root", str(tmp_path), command])
    assert str(caught.value).startswith("error: docs/page.md:3: not valid UTF-8")


def test_a_byte_order_mark_is_ignored(tmp_path):
    page = write_page(tmp_path, "x")
    page.write_text("\ufeff# Title\n\n```python\nprint(1)\n```\n", encoding="utf-8")
    [block] = parse_page(page, display_path=page.relative_to(tmp_path)).blocks
    assert (block.name, block.line, block.code) == ("01_title", 3, "print(1)\n")


def test_a_byte_order_mark_before_a_fence_keeps_the_fence(tmp_path):
    page = write_page(tmp_path, "x")
    page.write_text("\ufeff```python\nprint(1)\n```\n", encoding="utf-8")
    assert [b.line for b in parse_page(page).blocks] == [1]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("# T\n\nprose\x00 here\n", 3, "NUL"),
        ("# T\n\n```python\nx = 1\x00\n```\n", 4, "NUL"),
        ("# T\r\rprose\r\n", 1, "carriage return"),
    ],
)
def test_odd_characters_are_errors_with_their_line(tmp_path, text, line, message):
    error = error_for(tmp_path, text)
    assert (error.line, message in error.message) == (line, True)


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "Infinity", "1e400"])
def test_a_timeout_must_be_finite(tmp_path, value):
    error = error_for(tmp_path, f"# T\n\n<!--snippet:timeout {value}-->\n```python\nx = 1\n```\n")
    assert (error.line, "finite" in error.message) == (3, True)


@pytest.mark.parametrize("value", ["nan", "-1", "-inf"])
def test_a_tolerance_must_be_a_number_at_least_zero(tmp_path, value):
    text = f"```python\nprint(1)\n```\n\n<!--snippet:output rtol={value}-->\n```text\n1\n```\n"
    error = error_for(tmp_path, text)
    assert (error.line, "rtol" in error.message) == (5, True)


@pytest.mark.parametrize("body", ["", "\n", "   \n\n"])
def test_an_empty_python_fence_is_an_error(tmp_path, body):
    error = error_for(tmp_path, f"# T\n\nProse.\n\n```python\n{body}```\n")
    assert (error.line, "empty python fence" in error.message) == (5, True)


def test_a_page_is_parsed_once_per_process(tmp_path):
    path = write_page(tmp_path, "# T\n\n```python\nprint(1)\n```\n")
    shown = path.relative_to(tmp_path)
    first = parse_page(path, display_path=shown)
    assert parse_page(path, display_path=shown) is first
    assert parse_page(path, path.read_text(), display_path=shown) is first
    assert [p is first for p in parse_docs(tmp_path / "docs", tmp_path)] == [True]
    elsewhere = parse_page(path)
    assert (elsewhere.path, elsewhere.blocks[0].page) == (path, path)
    assert first.path == shown  # the cached page keeps its own paths
    path.write_text("# T\n\n```python\nprint(2)\n```\n")
    assert parse_page(path, display_path=shown).blocks[0].code == "print(2)\n"


PAGE = "# Errors\n\n```python\nx = 41\n```\n\n## Chained\n\n```python\nprint(x + 1)\n```\n"


@pytest.mark.parametrize("name", ["09_mine.py", "mine.py", "01_errors copy.py", "../notes.py"])
def test_make_snippets_never_deletes_an_authors_copy(tmp_path, name):
    write_page(tmp_path, PAGE, name="guide/errors.md")
    write_snippets(tmp_path, parse_docs(tmp_path / "docs", tmp_path))
    original = tmp_path / "snippets/guide/errors/01_errors.py"
    copy = original.parent / name
    shutil.copy(original, copy)
    copy.write_text(copy.read_text() + "print('my experiment')\n")
    with pytest.raises(SystemExit, match="not generated"):
        write_snippets(tmp_path, parse_docs(tmp_path / "docs", tmp_path))
    assert copy.read_text().endswith("print('my experiment')\n")


def test_make_snippets_never_deletes_a_generated_file_edited_by_hand(tmp_path):
    page = write_page(tmp_path, PAGE, name="guide/errors.md")
    write_snippets(tmp_path, parse_docs(tmp_path / "docs", tmp_path))
    edited = tmp_path / "snippets/guide/errors/02_chained.py"
    edited.write_text(edited.read_text() + "print('kept')\n")
    page.write_text(PAGE.split("## Chained")[0])  # its block is gone: the file is an orphan
    with pytest.raises(SystemExit, match="edited since"):
        write_snippets(tmp_path, parse_docs(tmp_path / "docs", tmp_path))
    assert edited.read_text().endswith("print('kept')\n")


@pytest.mark.parametrize("suffix", [".markdown", ".mdown", ".mkd"])
def test_a_page_mkdocs_would_publish_under_another_suffix_is_refused(tmp_path, suffix):
    write_page(tmp_path, "# Fine\n")
    write_page(tmp_path, "# Other\n\n```python\nassert False\n```\n", name=f"other{suffix}")
    with pytest.raises(DocError, match=rf"other\{suffix}:1: .*name it \.md"):
        parse_docs(tmp_path / "docs", tmp_path)


@pytest.mark.parametrize(
    ("directives", "message"),
    [
        ("<!--snippet:timeout 1e10-->", "at most 86400 seconds"),
        ("<!--snippet:timeout inf-->", "positive, finite number"),
        ("<!--snippet:timeout 2-->\n<!--snippet:timeout 900-->", "timeout is given twice"),
        ("<!--snippet:devices cpu-->\n<!--snippet:devices cuda-->", "devices is given twice"),
        ("<!--snippet:label a-->\n<!--snippet:label b-->", "label is given twice"),
        (f"{XFAIL}\n<!--snippet:raises ValueError match=a match=b-->", "given twice"),
        ('<!--snippet:limits memory=inf reason="x"-->', "unknown directive"),
    ],
)
def test_out_of_range_and_repeated_options_are_errors_with_file_and_line(
    tmp_path, directives, message
):
    error = error_for(tmp_path, f"# T\n\n{directives}\n```python\nx = 1\n```\n")
    assert error.line in (3, 4)
    assert message in error.message


@pytest.mark.parametrize(
    ("directives", "message"),
    [
        ('<!--pytest.mark.skip(reason="x") + (1)-->', "one call, nothing after it"),
        ('<!--pytest.mark.skipif(True, reason="x") or f(1)-->', "one call, nothing after it"),
        ('<!--pytest.mark.skipif("sys.platform == \'x\'", reason="x")-->', "not a string"),
        ('<!--pytest.mark.skipif(os.system("touch x") == 0, reason="x")-->', "outside the sandbox"),
        ('<!--pytest.mark.skipif(__import__("os").remove("x"), reason="x")-->', "outside"),
        ('<!--pytest.mark.skipif(open("x").read() == "", reason="x")-->', "outside the sandbox"),
        (f'{XFAIL}\n<!--snippet:raises ValueError match="a{{4294967296}}"-->', "bad match regex"),
    ],
)
def test_marks_and_regexes_that_would_crash_are_errors(tmp_path, directives, message):
    error = error_for(tmp_path, f"# T\n\n{directives}\n```python\nx = 1\n```\n")
    assert message in error.message


def test_parsing_imports_no_module_a_raises_names(tmp_path):
    """A module's top-level code (``this`` prints a poem, ``unittest.__main__`` exits) never
    runs at parse time: the worker checks such names, in the sandbox, before the run."""
    text = f"# T\n\n{XFAIL}\n<!--snippet:raises unittest.__main__.X-->\n```python\nx = 1\n```\n"
    code = (
        "import sys\n"
        "from support import parse\n"
        f"parse(__import__('pathlib').Path({str(tmp_path)!r}), {text!r})\n"
        "assert 'unittest.__main__' not in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT / "tests", capture_output=True)
    assert run.returncode == 0, run.stderr.decode()


def test_a_block_too_deep_to_compile_is_an_error_with_its_line(tmp_path):
    error = error_for(tmp_path, f"# T\n\n```python\nx = {'-' * 100_000}1\n```\n")
    assert error.line == 3 and "does not compile" in error.message


@pytest.mark.parametrize(
    "condition",
    [
        'sys.platform != "linux"',
        '__import__("shutil").which("g++") is None',
        "sys.version_info < (3, 12)",
        'platform.system() == "Darwin" or os.environ.get("CI") == "1"',
    ],
)
def test_conditions_that_only_ask_about_the_platform_are_accepted(tmp_path, condition):
    text = f'# T\n\n<!--pytest.mark.skipif({condition}, reason="x")-->\n```python\nx = 1\n```\n'
    assert parse(tmp_path, text).blocks[0].spec.skipif == condition.replace('"', "'")
