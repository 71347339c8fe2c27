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
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from . import outputs
from .extract import segments, snippet_relpath
from .parse import DEVICES, CodeBlock, DocError, parse_page
from .report import DEFAULT_PATH, Entry, Report, environment
from .run import Runner, RunResult, detect_devices
from .setups import prepare, stand_in

_STATE = pytest.StashKey["_Session"]()


class _Session:
    """Runners, detected devices and the report, shared by every item of a run."""

    def __init__(self, config: pytest.Config):
        self.root = config.rootpath
        self.docs = self.root / "docs"
        self._devices: dict[str, object] | None = None
        self._runners: dict[tuple[str, str], Runner] = {}
        self.report = Report()
        self.report_path = Path(config.getoption("verification_report") or self.root / DEFAULT_PATH)
        self.repo_state = _repo_state(self.root)
        self.codeblocks_dir: tuple[Path, Path] | None = None

    @property
    def devices(self) -> dict[str, object]:
        if self._devices is None:
            self._devices = detect_devices()
            self.report.environment = environment(self._devices, self.root)
        return self._devices

    def runner(self, device: str) -> Runner:
        key = (device, "")
        if key not in self._runners:
            self._runners[key] = Runner(device)
        return self._runners[key]

    def close(self) -> None:
        for runner in self._runners.values():
            runner.close()


def _repo_state(root: Path) -> str | None:
    """Everything git sees in the working tree, to prove snippets wrote nothing there."""
    try:
        return subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("verified_docs")
    group.addoption(
        "--verification-report",
        default=None,
        help=f"where to write the verification report (default: {DEFAULT_PATH})",
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


def _uses_accelerator(block: CodeBlock) -> bool:
    return any("torch.accelerator" in b.code for b in block.chain)


class SnippetItem(pytest.Item):
    def __init__(self, *, block: CodeBlock, device: str, spawn: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.block = block
        self.device = device
        self.spawn = spawn
        self.add_marker(pytest.mark.timeout(block.timeout + 120))
        self.result: RunResult | None = None

    @property
    def where(self) -> str:
        return f"{self.block.page.as_posix()}:{self.block.line}"

    def _skip_reason(self) -> str | None:
        block, session = self.block, self.config.stash[_STATE]
        if block.skip_reason and (block.skipif is None or _condition(block.skipif)):
            return block.skip_reason
        if self.device not in block.devices:
            return f"the block runs only on: {', '.join(block.devices)}"
        if self.device != "cpu" and not session.devices.get(self.device):
            return f"no {self.device.upper()} device on this machine"
        return None

    def setup(self) -> None:
        reason = self._skip_reason()
        if reason:
            raise pytest.skip.Exception(reason, _use_item_location=True)

    def runtest(self) -> None:
        session = self.config.stash[_STATE]
        snippet = session.root / snippet_relpath(self.block)
        if not snippet.exists():
            raise SnippetFailure(f"{snippet_relpath(self.block)} is missing: run `make snippets`")
        self.result = result = session.runner(self.device).run(
            snippet,
            timeout=self.block.timeout,
            setups=self.block.setups,
            allowed_warnings=self.block.allowed_warnings,
            spawn=self.spawn,
            collect=self.block.figures,
            segments=segments(self.block),
        )
        self._check(result)

    def _check(self, result: RunResult) -> None:
        block = self.block
        if block.raises:
            if not result.raised(block.raises):
                got = "it finished without error" if result.outcome == "ok" else result.describe()
                raise SnippetFailure(f"expected {block.raises} to be raised, but {got}")
            if block.raises_match and not re.search(block.raises_match, result.message):
                raise SnippetFailure(
                    f"{block.raises} was raised, but its message {result.message!r} "
                    f"does not match {block.raises_match!r}"
                )
        elif result.outcome != "ok":
            raise SnippetFailure(result.describe())
        if block.output is not None and not stand_in(block.setups):
            where = f"{block.page.as_posix()}:{block.output.line}"
            if block.output.mode == "exact" and result.stdout != result.block_stdout:
                raise SnippetFailure(
                    f"the exact output at {where} is on a continued block whose earlier blocks "
                    "print too (pytest-codeblocks compares the whole chain): use "
                    "<!--snippet:output--> there"
                )
            if not outputs.matches(block.output, result.block_stdout):
                raise SnippetFailure(
                    f"output differs from the fence at {where} (run `make outputs`):\n"
                    + outputs.diff(block.output.text, result.block_stdout, where)
                )
        for name in block.figures:
            if name not in result.files:
                raise SnippetFailure(
                    f"the block declares figure {name} but did not write it to its working "
                    "directory"
                )
        if self.device != "cpu" and _uses_accelerator(block) and result.device_bytes == 0:
            raise SnippetFailure(
                f"the snippet uses torch.accelerator but allocated no memory on {self.device}: "
                "it silently ran on the CPU"
            )

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if isinstance(item, SnippetItem) and (report.when == "call" or report.skipped):
        session = item.config.stash[_STATE]
        detail = ""
        if report.skipped and isinstance(report.longrepr, tuple):
            detail = str(report.longrepr[2]).removeprefix("Skipped: ")
        elif report.failed:
            detail = str(call.excinfo.value) if call.excinfo else ""
        elif item.block.output is not None and stand_in(item.block.setups):
            detail = f"output not compared: {stand_in(item.block.setups)}"
        session.report.add(
            Entry(
                page=item.block.page.as_posix(),
                line=item.block.line,
                snippet=snippet_relpath(item.block).as_posix(),
                name=item.name,
                device=item.device + ("-spawn" if item.spawn else ""),
                status=report.outcome,
                seconds=round(item.result.seconds if item.result else 0.0, 4),
                detail=detail[:500],
            )
        )
    return report


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
    if state.report.entries:
        _ = state.devices  # fills in the environment
        state.report.write(state.report_path)
    after = _repo_state(state.root)
    if state.repo_state is not None and after != state.repo_state:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "the run changed the repository working tree:\n" + after
        if reporter:
            reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
