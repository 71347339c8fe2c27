"""A correction of the notes without a proof block that runs is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from verified_docs.model.page import parse_docs, parse_page
from verified_docs.project.corrections import check_corrections

ROOT = Path(__file__).resolve().parent.parent

PROOF = "    ```python\n    assert 1 + 1 == 2\n    ```\n"


def _errors(tmp_path: Path, markdown: str) -> list[str]:
    path = tmp_path / "page.md"
    path.write_text(markdown, encoding="utf-8")
    return check_corrections([parse_page(path, display_path=Path("docs/page.md"))])


@pytest.mark.parametrize("marker", ["!!! bug", "??? bug", "???+ bug"])
def test_a_correction_with_a_proof_passes(tmp_path, marker):
    assert _errors(tmp_path, f'# Page\n\n{marker} "Title"\n\n    Prose.\n\n{PROOF}') == []


@pytest.mark.parametrize("marker", ["!!! bug", "??? bug", "???+ bug"])
def test_a_correction_without_a_python_block_names_file_and_line(tmp_path, marker):
    markdown = f'# Page\n\nIntro.\n\n{marker} "Title"\n\n    > the note\n\n    Only prose.\n'
    [error] = _errors(tmp_path, markdown)
    assert error.startswith(f'docs/page.md:5: correction {marker} "Title" has no proof')
    assert "no python block" in error


def test_a_bug_without_a_title_is_a_correction_too(tmp_path):
    [error] = _errors(tmp_path, "# Page\n\n!!! bug\n\n    Prose.\n")
    assert error.startswith("docs/page.md:3:")


def test_a_proof_after_the_box_does_not_count(tmp_path):
    markdown = '# Page\n\n??? bug "Title"\n\n    Prose.\n\n```python\nassert True\n```\n'
    [error] = _errors(tmp_path, markdown)
    assert "docs/page.md:3:" in error


def test_an_output_fence_is_not_a_proof(tmp_path):
    markdown = '# Page\n\n!!! bug "Title"\n\n    ```text\n    1\n    ```\n'
    assert len(_errors(tmp_path, markdown)) == 1


def test_a_skipped_proof_does_not_count(tmp_path):
    markdown = (
        '# Page\n\n!!! bug "Title"\n\n    <!--pytest.mark.skip(reason="needs a GPU")-->\n' + PROOF
    )
    [error] = _errors(tmp_path, markdown)
    assert "all skipped" in error


def test_a_conditionally_skipped_proof_counts(tmp_path):
    markdown = (
        '# Page\n\n!!! bug "Title"\n\n'
        '    <!--pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")-->\n' + PROOF
    )
    assert _errors(tmp_path, markdown) == []


def test_a_proof_nested_in_a_tab_counts(tmp_path):
    nested = "".join(f"    {line}\n" if line else "\n" for line in PROOF.splitlines())
    markdown = f'# Page\n\n!!! bug "Title"\n\n    === "Tab"\n\n{nested}'
    assert _errors(tmp_path, markdown) == []


def test_each_correction_needs_its_own_proof(tmp_path):
    markdown = f'# Page\n\n!!! bug "First"\n\n    Prose.\n\n!!! bug "Second"\n\n{PROOF}'
    [error] = _errors(tmp_path, markdown)
    assert error.startswith('docs/page.md:3: correction !!! bug "First"')


@pytest.mark.parametrize("marker", ['!!! success "The note is right"', '!!! note "Aside"'])
def test_other_admonitions_need_no_proof(tmp_path, marker):
    assert _errors(tmp_path, f"# Page\n\n{marker}\n\n    Prose.\n") == []


def test_every_correction_in_the_docs_has_a_proof():
    pages = parse_docs(ROOT / "docs", ROOT)
    errors = check_corrections(pages)
    assert not errors, "\n".join(errors)
