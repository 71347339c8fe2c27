"""Run snippet files in isolated, pre-warmed processes, one device at a time.

A :class:`Runner` owns one warm worker (see :mod:`verified_docs.run.worker`). Every
snippet gets its own process, a fresh temporary working directory and a
timeout; a hang is killed with every process it started, a crash fails only that
snippet, and nothing is written outside the temporary directories. A snippet that
kills or stops the worker fails alone: the worker is killed and restarted. What a
snippet prints is capped when it is written (see :mod:`verified_docs.run.sandbox`)
and again when it is read back.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from verified_docs.model.directives import RunSpec
from verified_docs.run import sandbox
from verified_docs.run.setups import setup_modules

PACKAGE_PARENT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 300.0
KILL_GRACE = 10.0  # seconds for the worker to report a snippet it was told to kill
HEALTH_INTERVAL = 0.5  # seconds between two looks at the worker while a snippet runs
READ_LIMIT = 64_000  # bytes of stdout or stderr read back whole; beyond, the head and tail
SHOWN = 20_000  # bytes kept at each end of a longer output


@dataclass
class RunResult:
    outcome: str  # ok | raised | exit | setup-error | crashed | timeout
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0  # wall time seen by the harness
    exec_seconds: float = 0.0  # time inside the snippet's own code
    exc_type: str | None = None
    exc_mro: list[str] = field(default_factory=list)
    message: str = ""
    traceback: str = ""
    device_bytes: int = 0
    detail: str = ""
    files: dict[str, bytes] = field(default_factory=dict)  # files asked for, as written
    block_stdout: str = ""  # what the last block printed, without the blocks it continues
    output_cut: int = 0  # bytes of stdout and stderr left out (too long to read back)
    left_running: int = 0  # processes the snippet left behind, killed when it ended
    network: str = ""  # netns | userns+netns (a private network namespace) | python (sockets only)
    not_run: list[int] | None = None  # statement lines of the file that did not run, if recorded
    machine: dict | None = None  # for a measurement: cores, load, wall and CPU time, page faults

    @property
    def overhead(self) -> float:
        return self.seconds - self.exec_seconds

    def raised(self, name: str) -> bool:
        """Whether the snippet raised ``name`` or a subclass of it."""
        if self.outcome not in {"raised", "exit"}:
            return False
        short = name.rsplit(".", 1)[-1]  # `pickle.UnpicklingError` is `_pickle.UnpicklingError`
        return any(short == qualified.rsplit(".", 1)[-1] for qualified in self.exc_mro)

    def describe(self) -> str:
        if self.outcome == "timeout":
            return self.detail
        if self.outcome == "crashed":
            return self.detail
        if self.outcome == "exit":
            return (
                f"SystemExit: {self.message} (the snippet exited before its end, so the code "
                "after it never ran; a block that exits on purpose says "
                "<!--snippet:raises SystemExit-->)"
            )
        if self.outcome == "setup-error":
            return f"set-up failed before the snippet ran: {self.exc_type}: {self.message}"
        if self.exc_type:
            return f"{self.exc_type}: {self.message}"
        return self.outcome


def worker_env(device: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_PARENT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["MPLBACKEND"] = "Agg"
    env["PYTHONWARNINGS"] = "error"
    env["SOURCE_DATE_EPOCH"] = "0"  # figures without a timestamp: reruns give the same file
    if device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""
    return env


def default_start_method(device: str) -> str:
    """Fork where it is safe (Linux; the server never initialises the accelerator)."""
    if device == "mps" or sys.platform != "linux":
        return "spawn"
    return "fork"


class ServerLost(Exception):
    """The worker died or stopped answering while a snippet ran."""


class _Lines:
    """Read JSON lines from a pipe with a timeout, looking at the writer's health meanwhile."""

    def __init__(self, stream):
        self.fd = stream.fileno()
        self.buffer = b""

    def read(self, timeout: float | None, check=None) -> dict | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            wait = left if check is None else min(HEALTH_INTERVAL, left or HEALTH_INTERVAL)
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                if deadline is not None and time.monotonic() >= deadline:
                    return None
                if check is not None:
                    check()
                continue
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("the snippet worker exited")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)


_RUNNERS: weakref.WeakSet[Runner] = weakref.WeakSet()


def _close_all() -> None:
    for runner in list(_RUNNERS):
        runner.close()


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def unwind_on_signals() -> None:
    """SIGTERM and SIGHUP unwind like Ctrl-C: running snippets and temporary directories go."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, _terminate)


atexit.register(_close_all)


class Runner:
    """Runs snippets for one device (``cpu``, ``cuda`` or ``mps``)."""

    def __init__(self, device: str = "cpu", start_method: str | None = None):
        self.device = device
        self.start_method = start_method or default_start_method(device)
        self.limits = sandbox.default_limits()
        if device != "cpu" and sandbox.LIMITS["memory"][0] not in os.environ:
            self.limits["memory"] = None  # untested against CUDA's and MPS's own mappings
        self.network = ""  # how the worker isolates the network, as it reported
        self._server: subprocess.Popen | None = None
        self._spare: tuple[subprocess.Popen, _Lines] | None = None
        self._lines: _Lines | None = None
        self._starting = False  # started, not yet ready
        self._tokens: dict[int, str] = {}  # worker pid -> the token its processes carry
        _RUNNERS.add(self)
        unwind_on_signals()

    # -- worker processes -------------------------------------------------
    def _start(self, mode: str) -> tuple[subprocess.Popen, _Lines]:
        env = worker_env(self.device)
        env[sandbox.TOKEN] = token = uuid.uuid4().hex
        process = subprocess.Popen(
            [sys.executable, "-m", "verified_docs.run.worker", mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=tempfile.gettempdir(),
            start_new_session=True,
        )
        self._tokens[process.pid] = token
        lines = _Lines(process.stdout)
        return process, lines

    def _ready(self, lines: _Lines) -> None:
        ready = lines.read(START_TIMEOUT)
        if ready is None:
            raise RuntimeError("the snippet worker did not start")
        self.network = ready.get("netns") or "python"

    def _ensure_server(self) -> None:
        server = self._server
        if server is not None and (server.poll() is not None or sandbox.stopped(server.pid)):
            self._end(server)
            server = None
        if server is None:
            self._server, self._lines = self._start("--serve")
            self._starting = True
        if self._starting:
            self._ready(self._lines)
            self._starting = False

    def _check_server(self) -> None:
        server = self._server
        assert server is not None
        code = server.poll()
        if code is not None:
            raise ServerLost(f"the worker died (exit status {code}) while the snippet ran")
        if sandbox.stopped(server.pid):
            raise ServerLost("the worker was stopped (SIGSTOP) while the snippet ran")

    def warm_up(self) -> None:
        """Start the worker now, without waiting for it to be ready, so that the first snippet
        waits less. Call it from a thread that lives as long as the runner: the worker dies
        with the thread that started it (Linux's parent-death signal is per thread)."""
        if self.start_method == "fork" and self._server is None:
            self._server, self._lines = self._start("--serve")
            self._starting = True

    def _take_spare(self) -> tuple[subprocess.Popen, _Lines]:
        process, lines = self._spare or self._start("--once")
        self._spare = None
        self._ready(lines)
        self._spare = self._start("--once")  # warms up while this snippet runs
        return process, lines

    def _end(self, process: subprocess.Popen) -> None:
        """Kill a worker and every process started under it, wherever they went."""
        token = self._tokens.pop(process.pid, None)
        if token and sandbox.LINUX:
            sandbox.kill_token(token)
        if process.poll() is None:  # not reaped yet, so its pid is not someone else's
            _kill_group(process.pid)
        with contextlib.suppress(OSError):
            process.stdin.close()
        process.wait()
        process.stdout.close()

    def close(self) -> None:
        for process in (self._server, self._spare[0] if self._spare else None):
            if process is not None:
                self._end(process)
        self._server = self._spare = self._lines = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- running ----------------------------------------------------------
    def run(
        self,
        snippet: Path,
        spec: RunSpec = RunSpec(),  # noqa: B008 (frozen)
        *,
        spawn: bool = False,
        segments: list[tuple[int, int]] | None = None,
        limits: dict[str, int | None] | None = None,
        record_lines: bool = False,
        measure: bool = False,
    ) -> RunResult:
        """Run one snippet file as ``spec`` says; ``spawn`` for the ``spawn`` start method.

        ``limits`` overrides the sandbox's limits (``None`` for no limit) for this run;
        ``record_lines``: note which lines of the file did not run (``RunResult.not_run``);
        ``measure``: note the machine's state around the run (``RunResult.machine``)."""
        base = Path(tempfile.mkdtemp(prefix="snippet-"))
        workdir, run_dir = base / "work", base / "run"
        workdir.mkdir()
        run_dir.mkdir()
        job = {
            "snippet": str(Path(snippet).resolve()),
            "workdir": str(workdir),
            "run_dir": str(run_dir),
            "device": self.device,
            "spec": dataclasses.asdict(spec),
            "setup_modules": setup_modules(spec.setups),
            "spawn": spawn,
            "segments": [list(s) for s in segments or []],
            "limits": {**self.limits, **(limits or {})},
            "record_lines": record_lines,
            "measure": measure,
            # where the worker reports how the snippet ended: a name the snippet cannot guess
            # (it is written after the snippet's last line, so not there to be found before)
            "result": f"result-{uuid.uuid4().hex}.json",
        }
        timeout = spec.timeout
        try:
            started = time.perf_counter()
            if self.start_method == "fork":
                status = self._run_forked(job, timeout)
            else:
                status = self._run_spawned(job, timeout)
            seconds = time.perf_counter() - started
            result = _collect(run_dir / job["result"], status, seconds, timeout, job["limits"])
            result.network = self.network
            for name in spec.figures:  # a regular file: a link could lead to any host file
                if (workdir / name).is_file() and not (workdir / name).is_symlink():
                    result.files[name] = (workdir / name).read_bytes()
            return result
        except BaseException:
            self.close()  # Ctrl-C, SIGTERM: nothing of this snippet may outlive the run
            raise
        finally:
            shutil.rmtree(base, ignore_errors=True)

    def _run_forked(self, job: dict, timeout: float) -> dict:
        self._ensure_server()
        assert self._server is not None and self._lines is not None
        try:
            self._server.stdin.write((json.dumps(job) + "\n").encode())
            self._server.stdin.flush()
            pid = self._lines.read(START_TIMEOUT, self._check_server)["pid"]
            status = self._lines.read(timeout, self._check_server)
            while status is not None and set(status) == {"pid"}:  # handed to a new child
                pid = status["pid"]
                status = self._lines.read(timeout, self._check_server)
            if status is None:
                _kill_group(pid)  # the worker kills what the snippet started, then answers
                status = self._lines.read(KILL_GRACE, self._check_server)
                if status is None:
                    raise ServerLost("the worker did not answer after the snippet was killed")
                status["timed_out"] = True
            return status
        except (EOFError, OSError, ServerLost, TypeError) as error:
            code = self._server.poll()
            self._end(self._server)
            self._server = self._lines = None
            if isinstance(error, ServerLost):
                return {"server_lost": str(error)}
            return {"server_lost": f"the worker died (exit status {code}) while the snippet ran"}

    def _run_spawned(self, job: dict, timeout: float) -> dict:
        process, _ = self._take_spare()
        process.stdin.write((json.dumps(job) + "\n").encode())
        process.stdin.close()
        token = self._tokens.get(process.pid)
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._end(process)
            return {"timed_out": True}
        left = sandbox.kill_token(token) if token else 0  # after a crash, its orphans
        self._tokens.pop(process.pid, None)
        process.stdout.close()
        status = {"signal": -code} if code < 0 else {"exit_code": code}
        return {**status, "left_running": left}


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signal.SIGKILL)


def _read(path: Path, start: int = 0) -> tuple[bytes, int]:
    """``path`` from byte ``start`` on, its middle cut when long; and how many bytes were cut."""
    if not path.exists():
        return b"", 0
    with path.open("rb") as file:
        size = file.seek(0, os.SEEK_END) - start
        file.seek(start)
        if size <= READ_LIMIT:
            return file.read(), 0
        head = file.read(SHOWN)
        file.seek(-SHOWN, os.SEEK_END)
        tail = file.read()
    cut = size - len(head) - len(tail)
    return head + f"\n[... {cut} bytes cut ...]\n".encode() + tail, cut


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _status_detail(status: dict, timeout: float, limits: dict) -> tuple[str, str] | None:
    """The outcome and detail that the worker's status alone decides."""
    if status.get("server_lost"):
        return "crashed", f"crashed: {status['server_lost']}; it was killed and restarted"
    if status.get("too_many_processes"):
        count = status["too_many_processes"]
        return "crashed", (
            f"killed: it ran {count['processes']} processes at once, more than the limit of "
            f"{count['limit']} (VERIFIED_DOCS_PROCESS_LIMIT)"
        )
    if status.get("timed_out"):
        return "timeout", f"timed out after {timeout:g} s and was killed"
    return None


def _capped(run_dir: Path, limits: dict) -> str:
    cap = limits.get("file_bytes")
    for name in ("stdout", "stderr"):
        path = run_dir / name
        if cap and path.exists() and path.stat().st_size >= cap:
            return (
                f" (its {name} reached the cap of {cap} bytes per file, "
                "VERIFIED_DOCS_FILE_LIMIT, and further writes failed)"
            )
    return ""


def _collect(
    result_file: Path, status: dict, seconds: float, timeout: float, limits: dict | None = None
) -> RunResult:
    limits = limits or {}
    run_dir = result_file.parent
    raw_stdout, cut_out = _read(run_dir / "stdout")
    raw_stderr, cut_err = _read(run_dir / "stderr")
    stdout, stderr = _text(raw_stdout), _text(raw_stderr)
    common = {
        "stdout": stdout,
        "stderr": stderr,
        "seconds": seconds,
        "output_cut": cut_out + cut_err,
        "left_running": int(status.get("left_running") or 0),
    }
    decided = _status_detail(status, timeout, limits)
    if decided:
        return RunResult(decided[0], detail=decided[1] + _capped(run_dir, limits), **common)
    if not result_file.exists():
        if "signal" in status:
            name = signal.Signals(status["signal"]).name
            detail = f"crashed: killed by signal {status['signal']} ({name})"
        else:
            detail = (
                f"crashed: the process exited with code {status.get('exit_code')} before finishing"
            )
        return RunResult("crashed", detail=detail + _capped(run_dir, limits), **common)
    data = json.loads(result_file.read_text(encoding="utf-8"))
    offsets = data.get("segment_offsets") or []
    block_start = offsets[-2] if len(offsets) >= 2 else 0
    common["left_running"] += int(data.get("left_running") or 0)
    return RunResult(
        block_stdout=_text(_read(run_dir / "stdout", block_start)[0]),
        outcome=data["outcome"],
        exec_seconds=data.get("exec_seconds", 0.0),
        exc_type=data.get("type"),
        exc_mro=data.get("mro", []),
        message=data.get("message", "") + _capped(run_dir, limits),
        traceback=data.get("traceback", ""),
        device_bytes=data.get("device_bytes", 0),
        not_run=data.get("not_run"),
        machine=data.get("machine"),
        **common,
    )


def detect_devices() -> dict[str, object]:
    """Which devices this machine offers, asked in a separate interpreter.

    The runner's own processes must never initialise CUDA before forking, so
    the question is asked elsewhere.
    """
    code = (
        "import json, platform, torch\n"
        "info = {'torch': torch.__version__, 'python': platform.python_version(),\n"
        "        'cpu': platform.processor() or platform.machine(), 'cuda': None, 'mps': None}\n"
        "if torch.cuda.is_available():\n"
        "    info['cuda'] = torch.cuda.get_device_name(0)\n"
        "if torch.backends.mps.is_available():\n"
        "    info['mps'] = 'Apple MPS'\n"
        "print(json.dumps(info))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    info = json.loads(out.stdout.strip().splitlines()[-1])
    only = os.environ.get("VERIFIED_DOCS_DEVICES")
    if only:
        allowed = set(re.split(r"[,\s]+", only.strip()))
        for device in ("cuda", "mps"):
            if device not in allowed:
                info[device] = None
    return info
