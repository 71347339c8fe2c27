"""The Fashion-MNIST set-up: each run gets its own copy, cached by the data's content."""

from __future__ import annotations

import gzip

from verified_docs.project import fashion_mnist


def test_a_run_that_writes_to_its_data_cannot_change_the_next_runs(tmp_path, monkeypatch):
    monkeypatch.delenv(fashion_mnist.ENV, raising=False)
    first = fashion_mnist.prepare(tmp_path / "first")
    name = next(iter(fashion_mnist.FILES))
    original = (first / name).read_bytes()
    (first / name).write_bytes(b"poisoned")
    second = fashion_mnist.prepare(tmp_path / "second")
    assert (second / name).read_bytes() == original


def test_the_cache_follows_the_content_of_the_data(tmp_path, monkeypatch):
    folder = tmp_path / "full"
    folder.mkdir()
    for name in fashion_mnist.FILES:
        (folder / f"{name}.gz").write_bytes(gzip.compress(b"version one " + name.encode()))
    monkeypatch.setenv(fashion_mnist.ENV, str(folder))
    name = next(iter(fashion_mnist.FILES))
    assert (fashion_mnist.prepare(tmp_path / "a") / name).read_bytes().startswith(b"version one")
    (folder / f"{name}.gz").write_bytes(gzip.compress(b"version two"))  # changed in place
    assert (fashion_mnist.prepare(tmp_path / "b") / name).read_bytes() == b"version two"
