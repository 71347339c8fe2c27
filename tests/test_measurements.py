"""The measurement protocol: the conditions of each run noted, a busy machine refused."""

from __future__ import annotations

from types import SimpleNamespace

from support import write_page

from verified_docs.model.page import parse_page
from verified_docs.results import measurements
from verified_docs.results.outputs import Updates
from verified_docs.results.store import environment
from verified_docs.run.runner import Runner

PAGE = """
# T

```python
print("took 3.0 ms")
```

<!--snippet:output rtol=inf-->
```text
took 9.0 ms
```
"""
QUIET = {
    "cores": 2,
    "others_busy": 0.04,
    "load_before": 0.3,
    "load_after": 0.9,
    "wall_s": 1.5,
    "cpu_s": 2.5,
    "page_faults": 1200,
}


def refreshed(tmp_path, machine):
    path = write_page(tmp_path, PAGE)
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    updates = Updates("refresh")
    updates.env = environment("cpu", "Test CPU")
    updates.sources[page.path] = page.source
    run = SimpleNamespace(block_stdout="took 3.0 ms\n", files={}, machine=machine)
    updates.record(page.blocks[0], run, failed=False)
    return path, updates.apply(tmp_path, print)


def test_a_refresh_on_a_busy_machine_is_refused_and_says_so(tmp_path):
    busy = {**QUIET, "others_busy": 0.85}
    path, problems = refreshed(tmp_path, busy)
    assert "took 9.0 ms" in path.read_text()  # the page keeps its figures
    [problem] = problems
    assert "other processes kept 85% of the 2 cores busy" in problem
    assert "Rerun `make outputs REFRESH=1` when the machine is quiet" in problem
    assert not (tmp_path / measurements.FILE).exists()


def test_a_refresh_on_a_quiet_machine_writes_the_figures_with_their_conditions(tmp_path):
    path, problems = refreshed(tmp_path, QUIET)
    assert problems == []
    assert "took 3.0 ms" in path.read_text()
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    found = measurements.current(measurements.load(tmp_path), page.blocks[0])
    assert found["machine"] == QUIET and found["cpu"] == "Test CPU"
    text = measurements.describe(found)
    assert "Measured on Test CPU (2 cores)" in text
    assert "other processes used 4% of the cores" in text
    assert "1.5 s of wall time and 2.5 s of CPU time" in text


def test_conditions_are_shown_only_beside_the_figures_they_were_taken_with(tmp_path):
    path, _ = refreshed(tmp_path, QUIET)
    path.write_text(path.read_text().replace("took 3.0 ms\n```", "took 4.0 ms\n```"))
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    assert measurements.current(measurements.load(tmp_path), page.blocks[0]) is None
    assert "were not recorded" in measurements.describe(None)


def test_a_run_without_a_machine_state_is_refused():
    assert measurements.busy(None) == "the run noted no machine state"
    assert measurements.busy(QUIET) is None


def test_a_measured_run_notes_the_machine_state(tmp_path):
    snippet = tmp_path / "busy.py"
    snippet.write_text("total = sum(range(3_000_000))\ndata = bytearray(50_000_000)\n")
    with Runner("cpu") as runner:
        run = runner.run(snippet, measure=True)
        plain = runner.run(snippet)
    assert run.outcome == "ok" and plain.machine is None
    machine = run.machine
    assert machine["cores"] >= 1 and 0.0 <= machine["others_busy"] <= 1.0
    assert machine["cpu_s"] > 0 and machine["wall_s"] > 0
    assert machine["page_faults"] > 1000  # 50 MB touched: thousands of 4 KiB pages
    assert machine["load_before"] is not None and machine["load_after"] is not None


def test_a_stale_measurement_is_held_to_the_protocol_too(tmp_path):
    """`make outputs` without REFRESH rewrites a measurement whose text changed: the same
    refusal applies (it is no back door for figures taken on a busy machine)."""
    path = write_page(tmp_path, PAGE.replace("took 9.0 ms", "needed 9.0 ms"))
    page = parse_page(path, display_path=path.relative_to(tmp_path))
    updates = Updates("stale")
    updates.sources[page.path] = page.source
    busy = {**QUIET, "others_busy": 0.9}
    run = SimpleNamespace(block_stdout="took 3.0 ms\n", files={}, machine=busy)
    updates.record(page.blocks[0], run, failed=False)
    [problem] = updates.apply(tmp_path, print)
    assert "was measured while other processes kept 90%" in problem
    assert "needed 9.0 ms" in path.read_text()


def test_the_machine_is_named_once_with_its_cores():
    found = {"cpu": "AMD EPYC (2 cores)", "machine": QUIET, "torch": "2.14.1", "date": "2026"}
    assert "Measured on AMD EPYC (2 cores), torch 2.14.1" in measurements.describe(found)
