"""Verification while editing: ``make serve`` runs the blocks of each page you change.

The MkDocs hook is reloaded on every rebuild, so the state that must outlive a
rebuild lives here, in an ordinary module: a warm CPU runner (started in the
background when the server starts, so starting does not wait for it) and the
text of each page at the previous build. Only pages whose text changed since
then are run, and only their blocks without a current result. Results go into
the same store as the test runs; nothing is written into ``docs/`` or ``snippets/``.
"""

from __future__ import annotations

import atexit
import copy
import re
from pathlib import Path

from verified_docs.model.page import Page
from verified_docs.results.snippets import render, segments, snippet_relpath
from verified_docs.results.store import (
    DEFAULT_PATH,
    Result,
    Store,
    block_key,
    cpu_name,
    environment,
    item_id,
)

LIVE_DIR = Path("build/verification/live")


class LiveVerifier:
    def __init__(self, root: Path):
        from verified_docs.run.runner import Runner

        self.root = root
        self.runner = Runner("cpu")
        self.env = environment("cpu", cpu_name())
        self.seen: dict[str, str] | None = None  # page path -> text at the previous build
        self.runner.warm_up()  # imports torch while the site builds, without waiting for it
        atexit.register(self.runner.close)

    def pages_changed(self, pages: list[Page]) -> list[Page]:
        """The pages whose text changed since the previous build (none at the first one)."""
        texts = {p.path.as_posix(): p.source for p in pages}
        previous, self.seen = self.seen, texts
        if previous is None:
            return []
        return [p for p in pages if previous.get(p.path.as_posix()) != p.source]

    def verify(self, pages: list[Page]) -> int:
        """Run the blocks of these pages that have no current result; return how many ran."""
        from verified_docs.run.guard import RepoGuard

        known = Store.load(self.root / DEFAULT_PATH)
        fresh = Store.empty()
        todo = [b for page in pages for b in page.blocks if self._stale(known, b)]
        guard = RepoGuard.start_or_none(self.root) if todo else None  # snapshots edits first
        for block in todo:
            fresh.add(self._run(block, guard), self.env)
        if fresh.results:
            fresh.save(self.root / DEFAULT_PATH)
        return len(fresh.results)

    def _stale(self, known: Store, block) -> bool:
        done = known.results.get((item_id(block, "cpu"), self.env["id"]))
        return done is None or done.key != block_key(block)

    def _run(self, block, guard) -> Result:
        from verified_docs.run.verify import own_skip, record, verify

        try:
            reason = own_skip(block.spec, "cpu")
        except Exception as error:  # as pytest, which reports the item as an error
            detail = f"{block.page.as_posix()}:{block.line}: its skipif condition: {error!r}"
            return record(block, "cpu", self.env, "failed", None, detail)
        if reason:
            return record(block, "cpu", self.env, "skipped", None, reason)
        path = self.root / LIVE_DIR / snippet_relpath(block)  # the page's code as it is now
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(block), encoding="utf-8")
        verification = verify(block, path, self.runner, self.env, guard=guard)
        if verification.problem:
            detail = failure_text(block, verification.problem, verification.run.traceback)
            verification.result.detail = detail[:2000]
        return verification.result


def failure_text(block, problem: str, traceback: str) -> str:
    """The problem, the Markdown line it points at, and the end of the traceback."""
    where = markdown_line(block, traceback)
    tail = "\n".join(traceback.rstrip().splitlines()[-6:])
    return f"{block.page.as_posix()}:{where}: {problem}" + (f"\n{tail}" if tail else "")


def markdown_line(block, traceback: str) -> int:
    """The Markdown line of the last snippet line in a traceback (the block's line if none)."""
    name = snippet_relpath(block).name
    lines = [int(n) for n in re.findall(rf'{re.escape(name)}", line (\d+)', traceback)]
    if not lines:
        return block.line
    for part, (start, end) in zip(block.chain, segments(block), strict=True):
        if start <= lines[-1] <= end:
            return part.line + 1 + lines[-1] - start
    return block.line


_memo: dict[tuple[str, str], object] = {}


def remember(kind: str, text: str, make):
    """``make()``, computed once per ``text`` for as long as the server runs (this module,
    unlike the hook, is not reloaded on each rebuild)."""
    key = (kind, text)
    if key not in _memo:
        _memo[key] = make()
    return _memo[key]


_serving = False
#: page -> (final Markdown, rendered HTML and what rendering set), for the site hook
rendered: dict[str, tuple] = {}


def serving() -> bool:
    return _serving


_verifier: LiveVerifier | None = None


def enable() -> None:
    """Called when ``mkdocs serve`` starts: builds from now on verify what changed."""
    global _serving
    _serving = True
    _cache_search_entries()


def _cache_search_entries() -> None:
    """Material's search plugin parses every page's HTML again on every rebuild; while
    serving, a page whose HTML did not change gets the entries it got before."""
    try:
        from material.plugins.search.plugin import SearchIndex
    except ImportError:
        return
    original = SearchIndex.add_entry_from_context
    if getattr(original, "vd_cached", False):
        return
    entries: dict[tuple, list] = {}

    def add_entry_from_context(self, page):
        key = (page.url, page.content, repr(page.meta.get("search")))
        if key not in entries:
            before = len(self.entries)
            original(self, page)
            entries[key] = copy.deepcopy(self.entries[before:])
        else:
            self.entries.extend(copy.deepcopy(entries[key]))

    add_entry_from_context.vd_cached = True
    SearchIndex.add_entry_from_context = add_entry_from_context


def on_build(root: Path, pages: list[Page]) -> int:
    """Called on every build; runs nothing unless the site is being served."""
    global _verifier
    if not _serving:
        return 0
    if _verifier is None:
        _verifier = LiveVerifier(root)
    return _verifier.verify(_verifier.pages_changed(pages))
