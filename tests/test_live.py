"""``make serve``: the blocks of a saved page are verified as the test run verifies them."""

from __future__ import annotations

import pytest
from support import commit_all, parse

from verified_docs.results.store import DEFAULT_PATH, Store
from verified_docs.site.live import LiveVerifier

PAGE = """
# Live

<!--pytest.mark.skip(reason="needs a display")-->
```python
raise SystemExit("a skipped block must not run")
```

```python
print("fine")
```

```python
x = 1
assert x == 2
```

```python
from pathlib import Path

Path(PAGE_PATH).write_text("clobbered")
```
"""


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".gitignore").write_text("build/\n")
    (tmp_path / "notes.md").write_text("committed\n")
    commit_all(tmp_path)
    (tmp_path / "notes.md").write_text("an uncommitted edit\n")
    return tmp_path


def test_serving_verifies_as_the_test_run_does(repo):
    page = parse(repo, PAGE.replace("PAGE_PATH", repr(str(repo / "notes.md"))))
    verifier = LiveVerifier(repo)
    try:
        assert verifier.verify([page]) == 4
    finally:
        verifier.runner.close()
    results = {r.item.split("::")[1]: r for r in Store.load(repo / DEFAULT_PATH).results.values()}
    skipped, passed, failed, clobbering = (results[f"{b.name}[cpu]"] for b in page.blocks)
    assert (skipped.status, skipped.detail) == ("skipped", "needs a display")
    assert passed.status == "passed"
    assert failed.status == "failed" and failed.detail.startswith("docs/page.md:14: AssertionError")
    assert clobbering.status == "failed" and "notes.md" in clobbering.detail
    snapshots = list((repo / ".git" / "verified-docs" / "snapshots").rglob("notes.md"))
    assert [s.read_text() for s in snapshots] == ["an uncommitted edit\n"]
