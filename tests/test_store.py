"""Results keyed by what ran, merged across runs."""

from __future__ import annotations

import dataclasses
import json

from support import write_page

from verified_docs.model.page import RunSpec, parse_page
from verified_docs.results.store import Result, Store, block_key, environment
from verified_docs.run import setups

PAGE = """
# Page

<!--snippet:setup demo-data-->
```python
print(open("data.txt").read())
```
"""


def key_of(tmp_path, text):
    path = write_page(tmp_path, text)
    return block_key(parse_page(path, display_path=path.relative_to(tmp_path)).blocks[0])


def test_the_key_changes_with_code_directives_and_data(tmp_path, monkeypatch):
    data = tmp_path / "data.txt"
    data.write_text("one")
    monkeypatch.setitem(setups.DATA_FILES, "demo-data", lambda: [data])
    monkeypatch.setitem(setups.SETUPS, "demo-data", lambda workdir: None)
    first = key_of(tmp_path, PAGE)
    assert key_of(tmp_path, PAGE) == first
    assert key_of(tmp_path, PAGE.replace("print(", "print('x', ")) != first
    setup = "<!--snippet:setup demo-data-->"
    assert key_of(tmp_path, PAGE.replace(setup, f"{setup}\n<!--snippet:timeout 5-->")) != first
    data.write_text("two")
    assert key_of(tmp_path, PAGE) != first


def test_changing_any_run_setting_changes_the_key(tmp_path):
    """The key hashes every field of RunSpec: a field added later needs no one to remember."""
    path = write_page(tmp_path, "# Page\n\n```python\nx = 1\n```\n")
    block = parse_page(path).blocks[0]
    changed = {
        str: "changed",
        float: 7.5,
        bool: True,
        tuple: ("changed",),
    }
    keys = {block_key(block)}
    for field in dataclasses.fields(RunSpec):
        default = getattr(block.spec, field.name)
        value = changed[type(default) if default is not None else str]
        keys.add(
            block_key(
                dataclasses.replace(
                    block, spec=dataclasses.replace(block.spec, **{field.name: value})
                )
            )
        )
    assert len(keys) == 1 + len(dataclasses.fields(RunSpec))


def result(item, env, status="passed", key="k1"):
    return Result(item, env["device"], key, env["id"], status, 0.5, "2026-12-01T00:00:00")


def test_a_run_merges_into_the_store_and_keeps_the_rest(tmp_path):
    path = tmp_path / "results.json"
    env = environment("cpu", "test-cpu")
    first, second = Store.empty(), Store.empty()
    first.add(result("docs/a.md::01[cpu]", env), env)
    first.add(result("docs/b.md::01[cpu]", env), env)
    first.save(path)
    second.add(result("docs/a.md::01[cpu]", env, status="failed", key="k2"), env)
    second.save(path)
    merged = Store.load(path)
    assert merged.results[("docs/b.md::01[cpu]", env["id"])].status == "passed"
    assert merged.results[("docs/a.md::01[cpu]", env["id"])].status == "failed"
    assert json.loads(path.read_text())["environments"][env["id"]]["device_name"] == "test-cpu"


def test_only_a_passing_result_of_the_same_key_and_environment_is_reused():
    env, other = environment("cpu", "a"), environment("cpu", "b")
    store = Store.empty()
    store.add(result("i[cpu]", env), env)
    store.add(result("j[cpu]", env, status="failed"), env)
    assert store.reusable("i[cpu]", "k1", env["id"]) is not None
    assert store.reusable("i[cpu]", "k2", env["id"]) is None
    assert store.reusable("i[cpu]", "k1", other["id"]) is None
    assert store.reusable("j[cpu]", "k1", env["id"]) is None


def test_a_store_of_another_format_is_read_as_empty(tmp_path):
    path = tmp_path / "report.json"
    path.write_text(json.dumps({"results": [{"name": "x"}]}))
    assert Store.load(path).results == {}
