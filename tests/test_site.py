"""The site's verification display: derived from docs and stored results, never claiming a run."""

from __future__ import annotations

import platform

import nbformat
import pytest
from support import ROOT, write_page

from verified_docs.model.page import parse_docs, parse_page
from verified_docs.results.store import Result, Store, block_key, environment
from verified_docs.site import figures, notebook
from verified_docs.site import hook as site_hook
from verified_docs.site import pages as site_pages
from verified_docs.site.pages import Results

_MARKER = "  # (1)!"
PAGE = """
# Guide

```python
print(1)
```

## Pitfall

!!! bug "The note said 2"

    > `x` is 2.

    ```python
    assert 1 + 1 == 2
    ```
"""


@pytest.fixture
def page(tmp_path):
    path = write_page(tmp_path, PAGE)
    return parse_page(path, display_path=path.relative_to(tmp_path))


def store_of(page, states, *, device="cpu", name="x86_64", source="", date="2026-11-22", key=None):
    """A store with one result per block of ``page`` (``states`` in block order)."""
    store = Store.empty(source)
    env = {**environment(device, name), "torch": "2.11.0"}
    for block, state in zip(page.blocks, states, strict=True):
        item = f"{block.page.as_posix()}::{block.name}[{device}]"
        result = Result(
            item, device, key or block_key(block), env["id"], state, 0.1, f"{date}T10:00:00"
        )
        store.add(result, env)
    return store


def test_a_page_without_a_run_says_not_run(page):
    badges = site_pages.badges(page, Results([Store.empty()]))
    assert "CPU: not run" in badges
    assert "verified" not in badges
    assert "CUDA" not in badges and "MPS" not in badges
    assert "No GPU run yet" in badges


def test_a_current_result_is_verified_with_its_provenance(page):
    results = Results([store_of(page, ["passed", "passed"])])
    badges = site_pages.badges(page, results)
    assert "CPU: verified" in badges
    here = f"Python {'.'.join(platform.python_version_tuple()[:2])}"
    # the whole provenance in the title, the versions it was verified on in the row
    assert (
        f'title="torch 2.11.0, x86_64, 2026-11-22; verified on torch 2.11 · {here} (CPU)"' in badges
    )
    assert f"<small>torch 2.11 · {here}</small>" in badges
    assert "CUDA" not in badges  # no device that never ran
    assert "No GPU run yet" in badges


def test_a_changed_block_is_not_shown_as_verified(tmp_path, page):
    results = Results([store_of(page, ["passed", "passed"])])
    edited = parse_page(
        write_page(tmp_path, PAGE.replace("print(1)", 'raise SystemExit("broken")')),
        display_path=page.path,
    )
    assert results.status(edited.blocks[0], "cpu").state == "changed"
    assert results.status(edited.blocks[1], "cpu").state == "verified"
    text, _ = site_pages.page_summary(edited, "cpu", results)
    assert text == "1/2 verified · 1 changed"
    assert "code changed since the last run (2026-11-22)" in site_pages.badges(edited, results)
    assert site_pages.unverified([edited], results) == ["docs/page.md:3 (01_guide): changed"]


def test_a_report_from_another_machine_keeps_its_own_provenance(page):
    local = store_of(page, ["passed", "failed"])
    report = store_of(
        page, ["passed", "passed"], device="cuda", name="NVIDIA H200", source="reports/h200.json"
    )
    results = Results([local, report])
    assert site_pages.page_summary(page, "cpu", results)[0] == "failed · 1/2 verified"
    text, shown = site_pages.page_summary(page, "cuda", results)
    assert text == "verified"
    assert shown.source == "reports/h200.json"
    assert "NVIDIA H200" in site_pages.badges(page, results)
    table = site_pages.verification_page([page], results)
    assert "| CUDA: NVIDIA H200 | torch 2.11.0" in table
    assert "| 2 of 2 | 2026-11-22 to 2026-11-22 | `reports/h200.json` |" in table
    assert "| failed (0.10 s) | verified (0.10 s) |\n" in table  # no MPS column: none ran
    assert "| MPS" not in table and "No GPU run yet" not in site_pages.badges(page, results)


def test_the_site_build_check_ignores_reports_for_the_local_cpu(page):
    report = store_of(page, ["passed", "passed"], source="reports/other.json")
    results = Results([Store.empty(), report])
    assert len(site_pages.unverified([page], results)) == 2


def test_a_results_file_from_another_machine_does_not_count_as_this_machines(page):
    local = store_of(page, ["passed", "passed"])
    assert site_pages.unverified([page], Results([local])) == []
    for env in local.environments.values():
        env["host"] = "another machine"
    assert len(site_pages.unverified([page], Results([local]))) == 2


def test_a_failed_spawn_leg_fails_the_cpu_status(tmp_path):
    path = write_page(tmp_path, "# P\n\n```python\nimport multiprocessing\n```\n")
    block = parse_page(path, display_path=path.relative_to(tmp_path)).blocks[0]
    assert block.spec.spawn
    store = store_of(block_page := type("P", (), {"blocks": [block]}), ["passed"])
    assert Results([store]).status(block, "cpu").state == "not run"  # spawn leg: no run yet
    spawn = store_of(block_page, ["failed"], device="cpu-spawn")
    store.merge(spawn)
    assert Results([store]).status(block, "cpu").state == "failed"
    spawn_passed = store_of(block_page, ["passed"], device="cpu-spawn")
    store.merge(spawn_passed)
    assert Results([store]).status(block, "cpu").state == "verified"


def test_corrections_are_gathered_from_bug_admonitions(page):
    text = site_pages.corrections_page([page])
    assert "corrects 1 of them" in text
    assert "[The note said 2](page.md#fix-9) — *`x` is 2.*" in text
    assert "[`02_pitfall.py`](snippets/page/02_pitfall.py)" in text


def test_contents_follow_the_navigation():
    nav = [{"Home": "index.md"}, {"Tensors": [{"Basics": "tensors/basics.md"}]}, "extra.md"]
    assert (
        site_pages.contents(nav)
        == "- **Tensors**\n    - [Basics](tensors/basics.md)\n- [extra.md](extra.md)"
    )


def test_a_reports_measurement_is_shown_beside_this_machines(page):
    report = store_of(page, ["passed", "passed"], device="cuda", name="NVIDIA H200", source="r")
    for result in report.results.values():
        result.output = "took 1.0 ms\n"
    local = store_of(page, ["passed", "passed"])
    for result in local.results.values():
        result.output = "took 9.0 ms\n"  # the page shows this machine's own figures
    found = site_pages.other_measurements(page.blocks[0], Results([local, report]))
    assert found == [("CUDA: NVIDIA H200, torch 2.11.0, 2026-11-22", "took 1.0 ms\n")]


def test_every_notebook_cell_is_found_as_a_block_of_its_page():
    """The notebook page titles, badges and anchors each code cell by finding its block;
    annotation markers, which a cell drops, must not hide the block."""
    notebooks = 0
    for page in parse_docs(ROOT / "docs", ROOT):
        stored = ROOT / notebook.notebook_relpath(page)
        if not page.notebook or not stored.exists():
            continue
        blocks = site_hook.blocks_by_cell(page)
        cells = nbformat.read(stored, as_version=4).cells
        code = [cell.source for cell in cells if cell.cell_type == "code"]
        assert any(_MARKER in block.code for block in page.blocks), "annotations are covered"
        assert [c for c in code if c not in blocks] == [], page.path
        notebooks += 1
    assert notebooks


def test_a_figures_natural_width_is_read_from_svg_and_png():
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="432pt" h="1">'
    assert figures.natural_width(svg) == 576.0
    assert figures.natural_width(b'<svg width="300px" height="20px">') == 300.0
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (890).to_bytes(4, "big") + bytes(8)
    assert figures.natural_width(png) == 890.0
    assert figures.natural_width(b"GIF89a") is None


def test_runs_with_other_tooling_versions_are_one_environment_row(page):
    """Each tooling change makes a new environment id; a reader sees one machine."""
    store = store_of(page, ["passed", "passed"])
    [env] = store.environments.values()
    older = {**env, "tooling": "an older engine", "id": "older"}
    for result in list(store.results.values())[:1]:
        again = Result(**{**result.__dict__, "environment": "older", "date": "2026-11-20T10:00"})
        store.add(again, older)
    rows = [
        r
        for r in site_pages.verification_page([page], Results([store])).splitlines()
        if r.startswith("| CPU: x86_64")
    ]
    assert rows == [
        "| CPU: x86_64 | torch 2.11.0, Python "
        + env["python"]
        + " | 2 of 2 | 2026-11-20 to 2026-11-22 | `` |"
    ]
