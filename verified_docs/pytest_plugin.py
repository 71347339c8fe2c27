"""pytest collection of documentation snippets: one item per python block and device.

Items are named like ``docs/tensors.md::03_views[cpu]``. The ``cpu`` item
always runs; ``cuda`` and ``mps`` items run where that device exists and are
skipped, with the reason, elsewhere. Enabled with ``-p verified_docs.pytest_plugin``
(see ``pyproject.toml``); it stands aside under ``pytest --codeblocks`` so that
pytest-codeblocks checks the same pages independently.
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from verified_docs.model.page import DEVICES, CodeBlock, DocError, parse_page
from verified_docs.results import outputs
from verified_docs.results.snippets import render, segments, snippet_relpath
from verified_docs.results.store import DEFAULT_PATH, Result, Store, block_key, environment, now
from verified_docs.run import verdict
from verified_docs.run.guard import RepoGuard
from verified_docs.run.runner import Runner, RunResult, detect_devices
from verified_docs.run.setups import prepare, stand_in
from verified_docs.run.standalone import StandaloneRuns

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
        self.codeblocks_dir: tuple[Path, Path] | None = None
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


def cpu_name() -> str:
    """The CPU's model name where the system tells it, else the architecture."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()} ({os.cpu_count()} cores)"
    return f"{platform.processor() or platform.machine()} ({os.cpu_count()} cores)"


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
    config.stash[_STATE] = _Session(config)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under ``--codeblocks``, run the blocks in a temporary directory, not in the repository.

    pytest-codeblocks executes every block in this process and its working
    directory. So that blocks that write files write them elsewhere, and blocks
    that read prepared data (``<!--snippet:setup NAME-->``) find it, the session
    moves to a temporary directory prepared with every set-up the docs use.
    """
    if not _codeblocks_mode(session.config):
        return
    state = session.config.stash[_STATE]
    workdir = Path(tempfile.mkdtemp(prefix="codeblocks-"))
    names = set()
    for path in sorted(state.docs.rglob("*.md")):
        with contextlib.suppress(DocError):
            names.update(n for b in parse_page(path).blocks for n in b.setups)
    prepare(tuple(sorted(names)), workdir)
    state.codeblocks_dir = (Path.cwd(), workdir)
    os.chdir(workdir)


def pytest_collection_modifyitems(session: pytest.Session, config, items) -> None:
    """Under ``--codeblocks``, apply each block's allowed warnings to pytest-codeblocks' item."""
    if not _codeblocks_mode(config):
        return
    pages: dict[Path, dict[int, CodeBlock]] = {}
    for item in items:
        block_line = getattr(getattr(item, "obj", None), "lineno", None)
        if block_line is None:
            continue
        if item.path not in pages:
            try:
                pages[item.path] = {b.line: b for b in parse_page(item.path).blocks}
            except DocError:
                pages[item.path] = {}
        block = pages[item.path].get(block_line)
        chain = block.chain if block else []
        names = dict.fromkeys(n for b in chain for n in b.allowed_warnings)
        for later in pages[item.path].values():  # pytest-codeblocks merges continuations in
            if later.continues is not None and block in later.chain:
                names.update(dict.fromkeys(later.allowed_warnings))
        for name in names:
            item.add_marker(pytest.mark.filterwarnings(f"default::{name}"))


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.stash.get(_STATE, None)
    if session is not None:
        session.close()


def _codeblocks_mode(config: pytest.Config) -> bool:
    return bool(getattr(config.option, "codeblocks", False))


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    config = parent.config
    if _codeblocks_mode(config) or file_path.suffix != ".md":
        return None
    docs = config.stash[_STATE].docs
    if docs not in file_path.parents:
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
            for device in DEVICES:
                yield SnippetItem.from_parent(
                    self, name=f"{block.name}[{device}]", block=block, device=device
                )
            if block.spawn:
                yield SnippetItem.from_parent(
                    self, name=f"{block.name}[cpu-spawn]", block=block, device="cpu", spawn=True
                )


def _condition(expression: str) -> bool:
    """Evaluate a ``pytest.mark.skipif`` condition the way pytest-codeblocks does."""
    return bool(eval(expression, {"sys": sys, "pytest": pytest}))


class SnippetFailure(Exception):
    pass


class SnippetItem(pytest.Item):
    def __init__(self, *, block: CodeBlock, device: str, spawn: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.block = block
        self.device = device
        self.spawn = spawn
        self.add_marker(pytest.mark.timeout(block.timeout + 120))
        self.result: RunResult | None = None
        self.reused: Result | None = None
        self.key = block_key(block)

    @property
    def where(self) -> str:
        return f"{self.block.page.as_posix()}:{self.block.line}"

    @property
    def item_id(self) -> str:
        return f"{self.block.page.as_posix()}::{self.name}"

    @property
    def leg(self) -> str:
        return self.device + ("-spawn" if self.spawn else "")

    def _skip_reason(self) -> tuple[str, bool] | None:
        """Why the item is skipped, and whether that is the block's own choice."""
        block, session = self.block, self.config.stash[_STATE]
        if block.skip_reason and (block.skipif is None or _condition(block.skipif)):
            return block.skip_reason, True
        if self.device not in block.devices:
            return f"the block runs only on: {', '.join(block.devices)}", True
        if self.device != "cpu" and not session.devices.get(self.device):
            return f"no {self.device.upper()} device on this machine", False
        return None

    def setup(self) -> None:
        reason = self._skip_reason()
        if reason:
            raise pytest.skip.Exception(reason[0], _use_item_location=True)

    def runtest(self) -> None:
        session = self.config.stash[_STATE]
        if session.reuse:
            env = session.environment(self.device)
            self.reused = session.previous.reusable(self.item_id, self.key, env["id"])
            if self.reused is not None:
                return
        snippet = self._current_snippet(session.root)
        self.result = result = session.runner(self.device).run(
            snippet,
            timeout=self.block.timeout,
            setups=self.block.setups,
            allowed_warnings=self.block.allowed_warnings,
            limits=dict(self.block.limits),
            spawn=self.spawn,
            collect=self.block.figures,
            segments=segments(self.block),
        )
        changed = session.guard.check() if session.guard else None
        if changed:
            raise SnippetFailure(changed)
        updating = session.updates.wants(self) and not stand_in(self.block.setups)
        problem = verdict.failure(self.block, result, self.device, check_output=not updating)
        if updating:
            session.updates.record(self.block, result, failed=problem is not None)
        if problem:
            raise SnippetFailure(problem)

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
        result = self.result
        if result is not None:
            if result.traceback and not (self.block.raises and result.raised(self.block.raises)):
                parts.append(result.traceback.rstrip())
            for name, text in (("stdout", result.stdout), ("stderr", result.stderr)):
                if text.strip():
                    parts.append(f"--- {name} ---\n{text.rstrip()}")
        return "\n".join(parts)

    def reportinfo(self):
        return self.path, self.block.line - 1, self.name


def _detail(item: SnippetItem, report: pytest.TestReport, call: pytest.CallInfo) -> str:
    if report.skipped and isinstance(report.longrepr, tuple):
        return str(report.longrepr[2]).removeprefix("Skipped: ")
    if report.failed:
        return str(call.excinfo.value) if call.excinfo else ""
    if item.block.output is not None and stand_in(item.block.setups):
        return f"output not compared: {stand_in(item.block.setups)}"
    return ""


def _record(item: SnippetItem, report: pytest.TestReport, call: pytest.CallInfo) -> None:
    """Store the result of an item that ran (or that its block skips) under its key."""
    session = item.config.stash[_STATE]
    reason = item._skip_reason() if report.skipped else None
    if item.reused is not None or (reason is not None and not reason[1]):
        return  # a reused result stays as it was; a machine without the device proves nothing
    env = session.environment(item.device)
    result = item.result
    session.results.add(
        Result(
            item=item.item_id,
            device=item.leg,
            key=item.key,
            environment=env["id"],
            status=report.outcome,
            seconds=round(result.seconds if result else 0.0, 4),
            date=now(),
            detail=_detail(item, report, call)[:2000],
            page=item.block.page.as_posix(),
            line=item.block.line,
            snippet=snippet_relpath(item.block).as_posix(),
            device_bytes=result.device_bytes if result else 0,
            output=result.block_stdout[:4000] if result and outputs.measured(item.block) else "",
        ),
        env,
    )


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
    if state.codeblocks_dir is not None:
        origin, workdir = state.codeblocks_dir
        os.chdir(origin)
        shutil.rmtree(workdir, ignore_errors=True)
    if _codeblocks_mode(session.config):
        return
    for runs in state.standalone:
        state.results.merge(runs.results)
    if state.results.results:
        state.results.save(state.store_path)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    problems = state.updates.apply(state.root, reporter.write_line if reporter else print)
    written = {p.as_posix() for p in state.updates.written}
    changed = state.guard.since_start(written) if state.guard else None
    if changed:
        problems.append(changed)
    for message in problems:
        if reporter:
            reporter.write_line(message, red=True)
    if problems:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
