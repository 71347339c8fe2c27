"""pytest collection of documentation snippets: one item per python block and device.

Items are named like ``docs/tensors.md::03_views[cpu]``. The ``cpu`` item
always runs; ``cuda`` and ``mps`` items run where that device exists and are
skipped, with the reason, elsewhere. Enabled with ``-p verified_docs.pytest_plugin``
(see ``pyproject.toml``); it stands aside under ``pytest --codeblocks`` so that
pytest-codeblocks checks the same pages independently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import verified_docs.project  # noqa: F401 (registers the project's set-ups)
from verified_docs import codeblocks
from verified_docs.model.page import (
    DEVICES,
    MARKDOWN_SUFFIXES,
    CodeBlock,
    DocError,
    parse_page,
)
from verified_docs.results import outputs
from verified_docs.results.snippets import render, snippet_relpath
from verified_docs.results.store import (
    DEFAULT_PATH,
    Result,
    Store,
    block_key,
    cpu_name,
    environment,
    item_id,
)
from verified_docs.run.guard import RepoGuard
from verified_docs.run.runner import Runner, RunResult, detect_devices
from verified_docs.run.setups import stand_in
from verified_docs.run.standalone import StandaloneRuns
from verified_docs.run.verify import Verification, record, too_old, verify

_STATE = pytest.StashKey["_Session"]()


class _Session:
    """Runners, detected devices and the results of this run, shared by every item."""

    def __init__(self, config: pytest.Config):
        self.root = config.rootpath
        self.docs = self.root / "docs"
        self._devices: dict[str, object] | None = None
        self._runners: dict[str, Runner] = {}
        self._environments: dict[str, dict] = {}
        self.store_path = Path(config.getoption("verification_store") or self.root / DEFAULT_PATH)
        self.previous = Store.load(self.store_path)
        self.results = Store.empty()
        self.reuse = bool(config.getoption("reuse_results"))
        self.updates = outputs.Updates(config.getoption("update_outputs"))
        self.guard = RepoGuard.start_or_none(self.root)
        self.standalone: list[StandaloneRuns] = []

    @property
    def devices(self) -> dict[str, object]:
        if self._devices is None:
            self._devices = detect_devices()
        return self._devices

    def environment(self, device: str) -> dict:
        """The environment a result on ``device`` is made in (``cpu-spawn`` runs on the CPU)."""
        device = device.removesuffix("-spawn")
        if device not in self._environments:
            name = cpu_name() if device == "cpu" else str(self.devices.get(device))
            self._environments[device] = environment(device, name)
        return self._environments[device]

    def runner(self, device: str) -> Runner:
        if device not in self._runners:
            self._runners[device] = Runner(device)
        return self._runners[device]

    def close(self) -> None:
        for runner in self._runners.values():
            runner.close()
        for runs in self.standalone:
            runs.close()


def standalone_runs(config: pytest.Config, files: list[Path]) -> StandaloneRuns:
    """Runs of snippet files as a reader runs them, stored with this run's results."""
    state = config.stash[_STATE]
    runs = StandaloneRuns(state.root, files, state.previous, state.environment("cpu"), state.reuse)
    state.standalone.append(runs)
    return runs


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("verified_docs")
    group.addoption(
        "--verification-store",
        default=None,
        help=f"the results store this run merges into (default: {DEFAULT_PATH})",
    )
    group.addoption(
        "--reuse-results",
        action="store_true",
        help="the editing loop: reuse a passing result of the same code in the same environment",
    )
    group.addoption(
        "--update-outputs",
        nargs="?",
        const="stale",
        choices=["stale", "refresh"],
        default=None,
        help="rewrite the output fences and figures in docs/ from this run's CPU results: "
        "`stale` (the default) rewrites those that no longer match, `refresh` re-measures too",
    )


def pytest_configure(config: pytest.Config) -> None:
    if codeblocks.enabled(config):  # pytest-codeblocks runs the pages: only give it a directory
        workdir = codeblocks.CodeblocksWorkdir(config.rootpath / "docs")
        config.pluginmanager.register(workdir, "verified-docs-codeblocks")
    else:
        config.stash[_STATE] = _Session(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.stash.get(_STATE, None)
    if session is not None:
        session.close()


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    state = parent.config.stash.get(_STATE, None)
    markdown = file_path.suffix.lower() in MARKDOWN_SUFFIXES
    if state is None or not markdown or state.docs not in file_path.parents:
        return None
    return DocPage.from_parent(parent, path=file_path)


class DocPage(pytest.File):
    def collect(self):
        session = self.config.stash[_STATE]
        try:
            page = parse_page(self.path, display_path=self.path.relative_to(session.root))
        except DocError as error:
            raise self.CollectError(str(error)) from None
        session.updates.sources[page.path] = page.source
        for block in page.blocks:
            legs = [*DEVICES, "cpu-spawn"] if block.spec.spawn else DEVICES
            for leg in legs:
                yield SnippetItem.from_parent(
                    self, name=f"{block.name}[{leg}]", block=block, leg=leg
                )


class SnippetFailure(Exception):
    pass


class SnippetItem(pytest.Item):
    def __init__(self, *, block: CodeBlock, leg: str, **kwargs):
        super().__init__(**kwargs)
        self.block, self.leg = block, leg
        self.device, self.spawn = leg.removesuffix("-spawn"), leg.endswith("-spawn")
        self.verification: Verification | None = None
        self.reused: Result | None = None
        spec = block.spec
        self.add_marker(pytest.mark.timeout(spec.timeout + 120))
        if spec.skipif:  # pytest evaluates the condition, as under pytest-codeblocks
            self.add_marker(pytest.mark.skipif(spec.skipif, reason=spec.skip_reason))
        elif spec.skip_reason:
            self.add_marker(pytest.mark.skip(reason=spec.skip_reason))
        if self.device not in spec.devices:
            reason = f"the block runs only on: {', '.join(spec.devices)}"
            self.add_marker(pytest.mark.skip(reason=reason))
        older = too_old(spec.since)
        if older:
            self.add_marker(pytest.mark.skip(reason=older))

    @property
    def where(self) -> str:
        return f"{self.block.page.as_posix()}:{self.block.line}"

    @property
    def result(self) -> RunResult | None:
        return self.verification.run if self.verification else None

    def setup(self) -> None:
        session = self.config.stash[_STATE]
        if self.device != "cpu" and not session.devices.get(self.device):
            reason = f"no {self.device.upper()} device on this machine"
            raise pytest.skip.Exception(reason, _use_item_location=True)

    def runtest(self) -> None:
        session = self.config.stash[_STATE]
        env = session.environment(self.device)
        if session.reuse:
            item, key = item_id(self.block, self.leg), block_key(self.block)
            self.reused = session.previous.reusable(item, key, env["id"])
            if self.reused is not None:
                return
        updating = session.updates.wants(self) and not stand_in(self.block.spec.setups)
        self.verification = verification = verify(
            self.block,
            self._current_snippet(session.root),
            session.runner(self.device),
            env,
            spawn=self.spawn,
            guard=session.guard,
            check_output=not updating,
        )
        if updating:
            session.updates.env = env
            session.updates.record(
                self.block, verification.run, failed=verification.problem is not None
            )
        if verification.problem:
            raise SnippetFailure(verification.problem)

    def _current_snippet(self, root: Path) -> Path:
        """The snippet file, refused unless it holds what the page holds now."""
        relpath = snippet_relpath(self.block)
        snippet = root / relpath
        if not snippet.exists():
            raise SnippetFailure(f"{relpath.as_posix()} is missing: run `make snippets`")
        if snippet.read_text(encoding="utf-8") != render(self.block):
            raise SnippetFailure(
                f"{relpath.as_posix()} differs from the block at {self.where}: the page changed "
                "since `make snippets`; regenerate it so that the code the page shows is what runs"
            )
        return snippet

    def repr_failure(self, excinfo, style=None) -> str:
        error = excinfo.value
        if not isinstance(error, SnippetFailure):
            return super().repr_failure(excinfo, style=style)
        parts = [
            f"{self.where} ({snippet_relpath(self.block).as_posix()}) on {self.device}",
            str(error),
        ]
        result, raises = self.result, self.block.spec.raises
        if result is not None:
            if result.traceback and not (raises and result.raised(raises)):
                parts.append(result.traceback.rstrip())
            for name, text in (("stdout", result.stdout), ("stderr", result.stderr)):
                if text.strip():
                    parts.append(f"--- {name} ---\n{text.rstrip()}")
        return "\n".join(parts)

    def reportinfo(self):
        return self.path, self.block.line - 1, self.name


def _record(item: SnippetItem, report: pytest.TestReport, call: pytest.CallInfo) -> None:
    """Store the result of an item that ran (or that its block skips) under its key."""
    session = item.config.stash[_STATE]
    if item.reused is not None:
        return  # a reused result stays as it was
    if item.device != "cpu" and not session.devices.get(item.device):
        return  # a machine without the device proves nothing, and names no such device
    env = session.environment(item.device)
    if item.verification is not None and not report.skipped:
        result = item.verification.result
        if report.failed and result.status == "passed":  # failed after the run, in the harness
            result.status, result.detail = "failed", str(call.excinfo.value)[:2000]
    elif report.skipped:
        reason = str(report.longrepr[2]).removeprefix("Skipped: ")  # the block's own choice
        result = record(item.block, item.leg, env, "skipped", None, reason)
    elif report.failed:  # before the run: a missing or stale snippet file
        result = record(item.block, item.leg, env, "failed", None, str(call.excinfo.value))
    else:
        return
    session.results.add(result, env)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if isinstance(item, SnippetItem) and (report.when == "call" or report.skipped):
        _record(item, report, call)
        if item.reused is not None and report.passed:
            report.user_properties.append(("reused", item.reused.date))
    return report


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config):
    """A reused result is reported as such, with the date it was made."""
    reused = dict(getattr(report, "user_properties", ())).get("reused")
    if reused and report.when == "call" and report.passed:
        return "reused", "r", f"REUSED (verified {reused[:16]})"
    return None


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    state = session.config.stash.get(_STATE, None)
    if state is None:
        return
    for runs in state.standalone:
        state.results.merge(runs.results)
    if state.results.results:
        state.results.save(state.store_path)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    problems = state.updates.apply(state.root, reporter.write_line if reporter else print)
    written = {p.as_posix() for p in state.updates.written}
    for own in (state.store_path, state.store_path.with_suffix(".lock")):  # this run's store
        if own.resolve().is_relative_to(state.root.resolve()):
            written.add(own.resolve().relative_to(state.root.resolve()).as_posix())
    changed = state.guard.since_start(written) if state.guard else None
    if changed:
        problems.append(changed)
    for message in problems:
        if reporter:
            reporter.write_line(message, red=True)
    if problems:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
