"""Snippet files run as a reader runs them: ``python file.py`` in an empty directory.

Each run is a fresh interpreter, so the runs are independent and go in parallel, one per
core. Each result is stored under the file's key (its text and its set-ups' data); with
``--reuse-results`` a file whose key passed before in this environment is not run again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from verified_docs.results.snippets import SnippetHeader, read_header
from verified_docs.results.store import Result, Store, file_key, now
from verified_docs.run import verdict
from verified_docs.run.runner import RunResult
from verified_docs.run.setups import REAL_DATA_ENV, prepare, setup_modules

#: Runs the file as ``python file.py`` would (``__main__``, its folder first on ``sys.path``),
#: and says so on stderr when it ended by ``SystemExit``, which would otherwise pass unseen.
_AS_MAIN = """\
import runpy, sys
path = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path[0] = path.rpartition("/")[0]
try:
    runpy.run_path(path, run_name="__main__")
except SystemExit as exit:
    print(f"{MARKER}{exit.code!r}", file=sys.stderr)
    raise
"""
MARKER = "verified-docs: the snippet raised SystemExit with code "


@dataclass
class FileRun:
    returncode: int
    stderr: str
    seconds: float


_PREPARING = threading.Lock()


def _prepare_stand_in(setups: tuple[str, ...], workdir: Path) -> None:
    """Set-ups with their stand-in data: a standalone run proves the file runs alone,
    and its output is not compared (the per-block runs check outputs on the real data),
    so the quickstart's training runs on the shipped subset here, not on 60,000 images."""
    names = [REAL_DATA_ENV[name] for name in setups if name in REAL_DATA_ENV]
    with _PREPARING:
        saved = {name: os.environ.pop(name) for name in names if name in os.environ}
        try:
            prepare(setups, workdir, setup_modules(setups))
        finally:
            os.environ.update(saved)


def run_file(snippet: Path, header: SnippetHeader, timeout: float = 300) -> FileRun:
    """Run one file in a new empty directory, with only what a reader's shell has."""
    workdir = Path(tempfile.mkdtemp(prefix="standalone-"))
    started = time.perf_counter()
    try:
        _prepare_stand_in(header.setups, workdir)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(workdir), "MPLBACKEND": "Agg"}
        process = subprocess.Popen(
            [sys.executable, "-c", _AS_MAIN.replace("{MARKER}", MARKER), str(snippet)],
            cwd=workdir,
            env=env,  # no VERIFIED_DOCS_* variables: the snippet sees only what a reader has
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            stderr = f"timed out after {timeout:g} s"
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        return FileRun(process.returncode, stderr, time.perf_counter() - started)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _raised(stderr: str) -> str:
    """The exception's class name from a traceback; its message may span several lines."""
    lines = stderr.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback")]
    for line in lines[starts[-1] + 1 :] if starts else []:
        if line and not line[0].isspace():
            return line.split(":")[0]
    return ""


def as_run_result(run: FileRun) -> RunResult:
    """What the verdict judges: a file run told as the runner tells a block's run."""
    if MARKER in run.stderr:
        code = run.stderr.partition(MARKER)[2].partition("\n")[0]
        return RunResult("exit", stderr=run.stderr, exc_mro=["SystemExit"], message=code)
    if run.returncode == 0:
        return RunResult("ok", stderr=run.stderr)
    name = _raised(run.stderr) if run.returncode == 1 else ""
    if name:
        return RunResult("raised", stderr=run.stderr, exc_type=name, exc_mro=[name])
    return RunResult("crashed", stderr=run.stderr, detail=f"exit code {run.returncode}")


def problem(header: SnippetHeader, run: FileRun) -> str | None:
    """Why the run does not do what the file's header says, or None (the blocks' verdict)."""
    failure = verdict.outcome_problem(header.raises, None, as_run_result(run))
    return None if failure is None else f"{failure}\n{run.stderr}"


class StandaloneRuns:
    """Every file's run, started together on a pool of one thread per core."""

    def __init__(self, root: Path, files: list[Path], previous: Store, env: dict, reuse: bool):
        self.root, self.previous, self.env, self.reuse = root, previous, env, reuse
        self.results = Store.empty()
        self.files = files
        self.pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1)
        self.futures: dict[Path, Future[FileRun]] = {}
        self.keys = {
            f: file_key(f.read_text(encoding="utf-8"), read_header(f).setups) for f in files
        }

    def item(self, snippet: Path) -> str:
        return f"standalone::{snippet.relative_to(self.root).as_posix()}"

    def reused(self, snippet: Path) -> Result | None:
        if not self.reuse:
            return None
        return self.previous.reusable(self.item(snippet), self.keys[snippet], self.env["id"])

    def run(self, snippet: Path) -> FileRun:
        if not self.futures:
            for path in self.files:
                if self.reused(path) is None:
                    self.futures[path] = self.pool.submit(run_file, path, read_header(path))
        return self.futures[snippet].result()

    def record(self, snippet: Path, run: FileRun, failure: str | None) -> None:
        relpath = snippet.relative_to(self.root).as_posix()
        result = Result(
            item=self.item(snippet),
            device="standalone",
            key=self.keys[snippet],
            environment=self.env["id"],
            status="failed" if failure else "passed",
            seconds=round(run.seconds, 4),
            date=now(),
            detail=(failure or "")[:2000],
            snippet=relpath,
        )
        self.results.add(result, self.env)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)
