"""The parser accounts for every fence and refuses what it cannot run."""

from __future__ import annotations

import pytest
from support import write_page

from verified_docs.model.page import DEFAULT_TIMEOUT, DocError, parse_page


def parse(tmp_path, text):
    page = write_page(tmp_path, text)
    return parse_page(page, display_path=page.relative_to(tmp_path))


def error_for(tmp_path, text) -> DocError:
    with pytest.raises(DocError) as caught:
        parse(tmp_path, text)
    return caught.value


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
