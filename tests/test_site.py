"""The site's verification display: derived from docs and reports, never claiming a run."""

from __future__ import annotations

import json

import pytest
from conftest import write_page

from verified_docs import site
from verified_docs.parse import parse_page

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


def write_report(root, results, generated="2026-11-22T10:00:00+00:00", name=None):
    path = root / (name or "build/verification/report.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    environment = {"torch": "2.14.1", "devices": {"cpu": "x86_64", "cuda": "NVIDIA H100"}}
    data = {"generated": generated, "environment": environment, "results": results}
    path.write_text(json.dumps(data))


def entry(name, device, status):
    return {
        "page": "docs/page.md",
        "name": f"{name}[{device}]",
        "device": device,
        "status": status,
        "seconds": 0.1,
    }


def test_a_page_without_a_run_says_not_run(tmp_path, page):
    runs = site.load_runs(tmp_path)
    assert runs == {}
    badges = site.badges(page, runs)
    assert badges.count("not run") == 3
    assert "verified" not in badges


def test_badges_follow_the_report_with_provenance(tmp_path, page):
    write_report(
        tmp_path,
        [
            entry("01_guide", "cpu", "passed"),
            entry("02_pitfall", "cpu", "passed"),
            entry("01_guide", "cuda", "skipped"),
            entry("02_pitfall", "cuda", "skipped"),
        ],
    )
    runs = site.load_runs(tmp_path)
    assert set(runs) == {"cpu"}  # cuda was only skipped: not a run
    assert site.page_status(page, runs["cpu"]) == "verified"
    badges = site.badges(page, runs)
    assert "CPU: verified" in badges and "torch 2.14.1, x86_64, 2026-11-22" in badges
    assert "CUDA: not run" in badges


def test_a_failure_shows_and_a_gpu_report_adds_its_device(tmp_path, page):
    write_report(
        tmp_path, [entry("01_guide", "cpu", "passed"), entry("02_pitfall", "cpu", "failed")]
    )
    write_report(
        tmp_path,
        [entry("01_guide", "cuda", "passed"), entry("02_pitfall", "cuda", "passed")],
        generated="2026-11-20T10:00:00+00:00",
        name="reports/h100.json",
    )
    runs = site.load_runs(tmp_path)
    assert site.page_status(page, runs["cpu"]) == "failed"
    assert site.page_status(page, runs["cuda"]) == "verified"
    assert runs["cuda"].source == "reports/h100.json"
    assert "NVIDIA H100" in site.badges(page, runs)
    table = site.verification_page([page], runs)
    assert "| `02_pitfall.py` (line 13) | failed (0.10 s) | passed (0.10 s) | not run |" in table


def test_corrections_are_gathered_from_bug_admonitions(page):
    text = site.corrections_page([page])
    assert "corrects 1 of them" in text
    assert "[The note said 2](page.md#fix-9) — *`x` is 2.*" in text
    assert "[`02_pitfall.py`](snippets/page/02_pitfall.py)" in text


def test_contents_follow_the_navigation():
    nav = [{"Home": "index.md"}, {"Tensors": [{"Basics": "tensors/basics.md"}]}, "extra.md"]
    assert (
        site.contents(nav)
        == "- **Tensors**\n    - [Basics](tensors/basics.md)\n- [extra.md](extra.md)"
    )
