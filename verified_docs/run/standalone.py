"""Snippet files run as a reader runs them: ``python file.py`` in an empty directory.

Each run is a fresh interpreter, so the runs are independent and go in parallel, one per
core. Each result is stored under the file's key (its text and its set-ups' data); with
``--reuse-results`` a file whose key passed before in this environment is not run again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from verified_docs.results.snippets import SnippetHeader, read_header
from verified_docs.results.store import Result, Store, file_key, now
from verified_docs.run import sandbox, verdict
from verified_docs.run.runner import RunResult, unwind_on_signals
from verified_docs.run.setups import REAL_DATA_ENV, prepare, setup_modules
from verified_docs.run.verify import too_old

#: Runs the file as ``python file.py`` would (``__main__``, its folder first on ``sys.path``),
#: and writes how it ended into a file of the harness's: a file that ends early (``os._exit``,
#: an exit handler) or forges a traceback cannot pass for one that ran to its last line.
_AS_MAIN = """\
import json, os, runpy, sys
path, outcome = sys.argv[1], sys.stdin.readline().strip()  # not on the command line
sys.stdin = open(os.devnull)
sys.argv = sys.argv[1:2]
sys.path[0] = path.rpartition("/")[0]
def done(**fields):
    with open(outcome, "w") as file:
        json.dump(fields, file)
try:
    runpy.run_path(path, run_name="__main__")
except SystemExit as exit:
    done(outcome="exit", code=repr(exit.code))
    raise
except BaseException as error:
    mro = [f"{c.__module__}.{c.__qualname__}" for c in type(error).__mro__]
    done(outcome="raised", mro=mro, message=str(error)[:1000])
    raise
else:
    done(outcome="ok")
"""
#: Between the harness and the file: a subreaper (what the file starts stays in its tree, even
#: in a new session or with another environment) in a private network namespace (loopback
#: only, where the platform allows), which ends every process left when the file ends.
_REAPER = """\
import os, subprocess, sys
package, code, path = sys.argv[1:4]
outcome = sys.stdin.readline()
sys.path.insert(0, package)
from verified_docs.run import sandbox
sandbox.become_subreaper()
sandbox.private_network()
child = subprocess.Popen([sys.executable, "-c", code, path], stdin=subprocess.PIPE)
child.stdin.write(outcome.encode())
child.stdin.close()
returncode = child.wait()
sandbox.kill_descendants(os.getpid())
sys.exit(returncode)
"""
PACKAGE_PARENT = Path(__file__).resolve().parents[2]
STDERR_LIMIT = 64_000
#: Each running file's process id and token, so that closing the runs ends them all.
_RUNNING: dict[int, str] = {}


@dataclass
class FileRun:
    returncode: int
    stderr: str
    seconds: float
    outcome: dict | None = None  # how the file ended, as it wrote it; None: before its end


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
    """Run one file in a new empty directory, with only what a reader's shell has; whatever
    it starts is killed when it ends."""
    base = Path(tempfile.mkdtemp(prefix="standalone-"))
    # a name the file cannot guess: written after its last line, it is not there to be found
    workdir, outcome = base / "work", base / f"outcome-{uuid.uuid4().hex}.json"
    workdir.mkdir()
    token = uuid.uuid4().hex
    env = {"PATH": "/usr/bin:/bin", "HOME": str(workdir), "MPLBACKEND": "Agg"}
    env |= {"PYTHONDONTWRITEBYTECODE": "1", sandbox.TOKEN: token}  # no other VERIFIED_DOCS_*
    started = time.perf_counter()
    try:
        _prepare_stand_in(header.setups, workdir)
        with tempfile.TemporaryFile() as stderr:  # a file: a child that keeps it open is no wait
            arguments = [str(PACKAGE_PARENT), _AS_MAIN, str(snippet)]
            process = subprocess.Popen(
                [sys.executable, "-c", _REAPER, *arguments],
                cwd=workdir,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            process.stdin.write(f"{outcome}\n".encode())  # not on any command line
            process.stdin.close()
            note = _wait(process, token, timeout)
            stderr.seek(0)
            text = stderr.read(STDERR_LIMIT).decode("utf-8", "replace") + note
        ended = json.loads(outcome.read_text()) if outcome.is_file() else None
        return FileRun(process.returncode, text, time.perf_counter() - started, ended)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _wait(process: subprocess.Popen, token: str, timeout: float) -> str:
    """Wait for the file's process, then end everything it started; a note on a timeout."""
    _RUNNING[process.pid] = token
    try:
        process.wait(timeout=timeout)
        return ""
    except subprocess.TimeoutExpired:
        return f"\ntimed out after {timeout:g} s"
    finally:
        sandbox.kill_token(token)
        process.wait()
        _RUNNING.pop(process.pid, None)


def as_run_result(run: FileRun) -> RunResult:
    """What the verdict judges: a file run told as the runner tells a block's run."""
    ended = run.outcome or {}
    if ended.get("outcome") == "ok" and run.returncode == 0:
        return RunResult("ok", stderr=run.stderr)
    if ended.get("outcome") == "exit":
        return RunResult("exit", stderr=run.stderr, exc_mro=["SystemExit"], message=ended["code"])
    if ended.get("outcome") == "raised":
        mro, message = ended["mro"], ended["message"]
        return RunResult("raised", stderr=run.stderr, exc_type=mro[0], exc_mro=mro, message=message)
    how = "after its last line" if ended else "before its last line"
    detail = f"the file ended {how} with exit code {run.returncode}"
    return RunResult("crashed", stderr=run.stderr, detail=detail)


def problem(header: SnippetHeader, run: FileRun) -> str | None:
    """Why the run does not do what the file's header says, or None (the blocks' verdict)."""
    failure = verdict.outcome_problem(header.raises, None, as_run_result(run))
    return None if failure is None else f"{failure}\n{run.stderr}"


class StandaloneRuns:
    """Every file's run, started together on a pool of one thread per core but one."""

    def __init__(self, root: Path, files: list[Path], previous: Store, env: dict, reuse: bool):
        self.root, self.previous, self.env, self.reuse = root, previous, env, reuse
        self.results = Store.empty()
        self.files = files
        # one core is left to the session, which runs the per-block items meanwhile
        self.pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) - 1))
        unwind_on_signals()  # SIGTERM, SIGHUP: close() ends the running files and their folders
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
        self.start()
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

    def start(self) -> None:
        """Start every file that has no reusable result, beside whatever the session does."""
        for path in self.files:
            old = too_old(read_header(path).since)  # the test skips it
            if self.reused(path) is None and path not in self.futures and not old:
                self.futures[path] = self.pool.submit(run_file, path, read_header(path))

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        for token in list(_RUNNING.values()):  # an interrupted session: end the running files
            sandbox.kill_token(token)
        self.pool.shutdown(wait=True)
