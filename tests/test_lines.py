"""Which lines ran, and what the site says about the ones that did not (no false green)."""

from __future__ import annotations

import ast
import json

import pytest
from support import BRANCH_PAGE, parse, verify_branch

from verified_docs.results.snippets import render
from verified_docs.results.store import Store, environment
from verified_docs.run.lines import LineRecorder, instrument, statement_spans
from verified_docs.run.runner import Runner
from verified_docs.run.verify import record, verify
from verified_docs.site import pages as site_pages
from verified_docs.site.pages import Results

SOURCE = '''"""A module docstring."""
from __future__ import annotations

import os


def pick(flag):
    """A docstring."""
    if flag:
        return 1
    return 2


try:
    value = pick(False)
except ValueError:
    value = 3
if os.environ.get("VD_BRANCH"):
    assert value == 2
    total = sum(
        range(3)
    )
else:
    total = 0
'''


def ran(source: str, **env: str) -> list[int]:
    recorder = LineRecorder()
    code = compile(instrument(ast.parse(source)), "snippet.py", "exec")
    with recorder:
        exec(code, {"__name__": "__main__", "os": _Env(env)})
    return recorder.not_run(source)


class _Env:
    """Stands in for ``os`` (the snippet imports it; the test decides its environment)."""

    def __init__(self, env):
        self.environ = env


def test_a_branch_not_taken_is_reported_as_not_run():
    assert ran(SOURCE.replace("import os", "pass")) == [10, 17, 19, 20]


def test_a_branch_taken_is_reported_as_run():
    assert ran(SOURCE.replace("import os", "pass"), VD_BRANCH="1") == [10, 17, 24]


def test_a_multi_line_statement_counts_once_and_is_marked_whole():
    spans = statement_spans(SOURCE)
    assert spans[20] == range(20, 23)  # `total = sum(` with its two continuation lines
    assert spans[7] == range(7, 8)  # a def: its header only
    assert 8 not in spans and 2 not in spans  # a docstring, a future import: no code


def test_instrumenting_keeps_docstrings_line_numbers_and_future_imports():
    tree = instrument(ast.parse(SOURCE + "raise KeyError(1)\n"))
    namespace = {"__name__": "__main__"}
    with LineRecorder(), pytest.raises(KeyError) as error:
        exec(compile(tree, "snippet.py", "exec"), namespace)
    assert namespace["pick"].__doc__ == "A docstring."
    assert namespace["__doc__"] == "A module docstring."
    assert error.traceback[-1].lineno + 1 == 25  # the line the file has it on


PAGE = BRANCH_PAGE


def results_of(tmp_path, monkeypatch, branch: str, page: str = PAGE):
    parsed, env, verification = verify_branch(tmp_path, monkeypatch, branch, page)
    store = Store.empty()
    store.add(verification.result, env)
    return parsed, Results([store])


def test_the_badges_change_when_a_branch_starts_running(tmp_path, monkeypatch):
    page, results = results_of(tmp_path, monkeypatch, "")
    block = page.blocks[0]
    assert results.lines(block).not_run == [4, 5]
    assert results.lines(block).checks == [5]
    assert results.status(block, "cpu").state == "partly run"  # its assert never ran
    assert site_pages.page_summary(page, "cpu", results)[0] == "0/1 verified · 1 partly run"
    assert "2 marked statements ran on no device" in site_pages.block_label(block, results)
    assert "Marked lines 4, 5 did not run" in site_pages.unrun_caption(block, results)
    [problem] = site_pages.unverified([page], results)
    assert f"the assert on line {block.line + 5} ran on no device" in problem

    page, results = results_of(tmp_path, monkeypatch, "yes")
    block = page.blocks[0]
    assert results.lines(block).not_run == []
    assert site_pages.page_summary(page, "cpu", results)[0] == "verified"
    assert site_pages.block_label(block, results) == "CPU verified"
    assert site_pages.unrun_caption(block, results) == ""
    assert site_pages.unverified([page], results) == []


def test_a_block_declared_accelerator_only_says_so_and_passes_the_build_check(
    tmp_path, monkeypatch
):
    declared = PAGE.replace("```python", "<!--snippet:accelerator-only-->\n```python")
    page, results = results_of(tmp_path, monkeypatch, "", declared)
    block = page.blocks[0]
    assert block.accelerator_only
    assert "2 marked statements await a GPU" in site_pages.block_label(block, results)
    assert "no GPU run is recorded yet" in site_pages.unrun_caption(block, results)
    assert site_pages.unverified([page], results) == []
    text = site_pages.verification_page([page], results)
    four, five = block.line + 4, block.line + 5  # the Markdown file's line numbers
    assert f"| {four}, {five} | {five} | CPU | awaits a GPU (declared) |" in text


def test_a_branch_that_ran_on_another_device_is_not_marked(tmp_path, monkeypatch):
    page, results = results_of(tmp_path, monkeypatch, "")
    block = page.blocks[0]
    gpu_env = environment("cuda", "NVIDIA H200")
    gpu = record(block, "cuda", gpu_env, "passed")
    gpu.not_run = []
    store = Store.empty("reports/h200.json")
    store.add(gpu, gpu_env)
    both = Results([*results.stores, store])
    assert both.lines(block).not_run == []
    assert both.status(block, "cpu").state == "verified"
    assert "CUDA: verified" in site_pages.badges(page, both)


def test_a_skipped_result_creates_no_environment(tmp_path):
    page = parse(tmp_path, PAGE)
    env = environment("cpu", "test cpu")
    store = Store.empty()
    store.add(record(page.blocks[0], "cpu", env, "skipped", None, "not today"), env)
    text = site_pages.verification_page([page], Results([store]))
    assert "test cpu" not in text
    assert "| no results yet |" in text


def test_a_device_without_its_name_is_refused(tmp_path):
    for name in (None, "", "None"):
        with pytest.raises(ValueError, match="no device name"):
            environment("cuda", name)
    report = tmp_path / "h200.json"
    env = {**environment("cuda", "NVIDIA H200"), "device_name": None}
    report.write_text(json.dumps({"format": 3, "environments": {env["id"]: env}, "results": []}))
    with pytest.raises(ValueError, match=r"h200\.json: environment \w+ has no device name"):
        Store.load(report, "reports/h200.json")


def test_the_page_marks_the_statements_and_explains_them_under_the_block(tmp_path, monkeypatch):
    from verified_docs.site import hook as site_hook

    page, results = results_of(tmp_path, monkeypatch, "")
    block = page.blocks[0]
    lines = page.source.split("\n")
    site_hook._mark_unrun(lines, block, results)
    assert lines[block.line - 1] == '```python hl_lines="4 5"'
    end = block.line + block.code.count("\n")
    assert lines[end].startswith('```\n\n<p class="vd-unrun-note"')
    assert "Marked lines 4, 5 did not run on any device with a current result (CPU)" in lines[end]


FORKED = """
import multiprocessing


def child(flag):
    if flag:
        return "taken in the child"
    return "not taken"


if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        found = pool.map_async(child, [True]).get(timeout=60)
    assert found == ["taken in the child"]
"""


def test_lines_run_in_a_forked_worker_count_as_run(tmp_path):
    """Run by the engine's worker, as the docs' blocks are (a fork of this test process, which
    may have threads, could deadlock)."""
    snippet = tmp_path / "forked.py"
    snippet.write_text(FORKED, encoding="utf-8")
    with Runner("cpu") as runner:
        run = runner.run(snippet, record_lines=True)
    assert run.outcome == "ok", run.traceback or run.detail
    assert run.not_run == [8]  # only `return "not taken"`


CHAIN = """
# Chain

```python
def double(x):
    return 2 * x
```

<!--pytest-codeblocks:cont-->
```python
assert double(2) == 4
```
"""


def test_a_function_defined_above_and_called_below_ran(tmp_path):
    """The later block's run runs the earlier block's code: its lines count for both."""
    from verified_docs.results.snippets import snippet_relpath

    page = parse(tmp_path, CHAIN)
    env = environment("cpu", "test cpu")
    store = Store.empty()
    with Runner("cpu") as runner:
        for block in page.blocks:
            snippet = tmp_path / snippet_relpath(block).name
            snippet.write_text(render(block), encoding="utf-8")
            store.add(verify(block, snippet, runner, env, record_lines=True).result, env)
    first = page.blocks[0]
    assert Results([store]).lines(first).not_run == [2]  # alone: the body never ran
    assert Results([store]).know([page]).lines(first).not_run == []
