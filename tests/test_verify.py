"""verify(): one block on one device, run, judged and recorded, with the lines that ran."""

from __future__ import annotations

from support import parse, verify_branch

from verified_docs.run import verdict
from verified_docs.run.runner import RunResult


def verified(tmp_path, monkeypatch, branch: str):
    return verify_branch(tmp_path, monkeypatch, branch)[2]


def test_a_branch_not_taken_is_recorded_as_not_run(tmp_path, monkeypatch):
    result = verified(tmp_path, monkeypatch, "").result
    assert result.status == "passed"
    assert result.not_run == [4, 5]


def test_a_branch_taken_is_recorded_as_run(tmp_path, monkeypatch):
    result = verified(tmp_path, monkeypatch, "yes").result
    assert result.status == "passed"
    assert result.not_run == []


def test_a_declared_figure_that_is_not_an_image_fails(tmp_path):
    page = "# F\n\n<!--snippet:figure plot.svg-->\n```python\nx = 1\n```\n"
    block = parse(tmp_path, page).blocks[0]
    fake = RunResult("ok", files={"plot.svg": b"root:x:0:0:root:/root:/bin/bash\n"})
    assert verdict.failure(block, fake, "cpu") == "plot.svg is not a valid SVG file"
    drawn = RunResult("ok", files={"plot.svg": b'<?xml version="1.0"?>\n<svg></svg>\n'})
    assert verdict.failure(block, drawn, "cpu") is None
