"""Run snippet files in isolated, pre-warmed processes, one device at a time.

A :class:`Runner` owns one warm worker (see :mod:`verified_docs.worker`). Every
snippet gets its own process, a fresh temporary working directory and a
timeout; a hang is killed with its whole process group, a crash fails only that
snippet, and nothing is written outside the temporary directories.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_PARENT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 300.0


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

    @property
    def overhead(self) -> float:
        return self.seconds - self.exec_seconds

    def raised(self, name: str) -> bool:
        """Whether the snippet raised ``name`` or a subclass of it."""
        if self.outcome not in {"raised", "exit"}:
            return False
        return any(name in (qualified, qualified.rsplit(".", 1)[-1]) for qualified in self.exc_mro)

    def describe(self) -> str:
        if self.outcome == "timeout":
            return self.detail
        if self.outcome == "crashed":
            return self.detail
        if self.outcome == "exit":
            return f"SystemExit: {self.message}"
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


class _Lines:
    """Read JSON lines from a pipe with a timeout."""

    def __init__(self, stream):
        self.fd = stream.fileno()
        self.buffer = b""

    def read(self, timeout: float | None) -> dict | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("the snippet worker exited")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)


class Runner:
    """Runs snippets for one device (``cpu``, ``cuda`` or ``mps``)."""

    def __init__(self, device: str = "cpu", start_method: str | None = None):
        self.device = device
        self.start_method = start_method or default_start_method(device)
        self._server: subprocess.Popen | None = None
        self._spare: tuple[subprocess.Popen, _Lines] | None = None
        self._lines: _Lines | None = None

    # -- worker processes -------------------------------------------------
    def _start(self, mode: str) -> tuple[subprocess.Popen, _Lines]:
        process = subprocess.Popen(
            [sys.executable, "-m", "verified_docs.worker", mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=worker_env(self.device),
            cwd=tempfile.gettempdir(),
            start_new_session=True,
        )
        lines = _Lines(process.stdout)
        return process, lines

    def _ensure_server(self) -> None:
        if self._server is None or self._server.poll() is not None:
            self._server, self._lines = self._start("--serve")
            if self._lines.read(START_TIMEOUT) is None:
                raise RuntimeError("the snippet worker did not start")

    def warm_up(self) -> None:
        """Start the worker now, so that the first snippet does not wait for it."""
        if self.start_method == "fork":
            self._ensure_server()

    def _take_spare(self) -> tuple[subprocess.Popen, _Lines]:
        process, lines = self._spare or self._start("--once")
        self._spare = None
        if lines.read(START_TIMEOUT) is None:
            raise RuntimeError("the snippet worker did not start")
        self._spare = self._start("--once")  # warms up while this snippet runs
        return process, lines

    def close(self) -> None:
        for process in (self._server, self._spare[0] if self._spare else None):
            if process is None:
                continue
            if not process.stdin.closed:
                process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _kill_group(process.pid)
                process.wait()
            process.stdout.close()
        self._server = self._spare = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- running ----------------------------------------------------------
    def run(
        self,
        snippet: Path,
        *,
        timeout: float = 60.0,
        setups: tuple[str, ...] = (),
        allowed_warnings: tuple[str, ...] = (),
        spawn: bool = False,
        collect: tuple[str, ...] = (),
        segments: list[tuple[int, int]] | None = None,
    ) -> RunResult:
        """Run one snippet; ``collect`` names files to read back from its working directory."""
        base = Path(tempfile.mkdtemp(prefix="snippet-"))
        workdir, run_dir = base / "work", base / "run"
        workdir.mkdir()
        run_dir.mkdir()
        job = {
            "snippet": str(Path(snippet).resolve()),
            "workdir": str(workdir),
            "run_dir": str(run_dir),
            "device": self.device,
            "setups": list(setups),
            "allowed_warnings": list(allowed_warnings),
            "spawn": spawn,
            "segments": [list(s) for s in segments or []],
        }
        try:
            started = time.perf_counter()
            if self.start_method == "fork":
                status = self._run_forked(job, timeout)
            else:
                status = self._run_spawned(job, timeout)
            seconds = time.perf_counter() - started
            result = _collect(run_dir, status, seconds, timeout)
            for name in collect:
                if (workdir / name).is_file():
                    result.files[name] = (workdir / name).read_bytes()
            return result
        finally:
            shutil.rmtree(base, ignore_errors=True)

    def _run_forked(self, job: dict, timeout: float) -> dict:
        self._ensure_server()
        assert self._server is not None and self._lines is not None
        self._server.stdin.write((json.dumps(job) + "\n").encode())
        self._server.stdin.flush()
        pid = self._lines.read(START_TIMEOUT)["pid"]
        status = self._lines.read(timeout)
        if status is None:
            _kill_group(pid)
            status = self._lines.read(START_TIMEOUT) or {}
            status["timed_out"] = True
        return status

    def _run_spawned(self, job: dict, timeout: float) -> dict:
        process, _ = self._take_spare()
        process.stdin.write((json.dumps(job) + "\n").encode())
        process.stdin.close()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)
            process.wait()
            return {"timed_out": True}
        finally:
            process.stdout.close()
        return {"signal": -code} if code < 0 else {"exit_code": code}


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _read(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _collect(run_dir: Path, status: dict, seconds: float, timeout: float) -> RunResult:
    raw_stdout = _read(run_dir / "stdout")
    stdout, stderr = _text(raw_stdout), _text(_read(run_dir / "stderr"))
    result_file = run_dir / "result.json"
    if status.get("timed_out"):
        return RunResult(
            "timeout",
            stdout,
            stderr,
            seconds,
            detail=f"timed out after {timeout:g} s and was killed",
        )
    if not result_file.exists():
        if "signal" in status:
            name = signal.Signals(status["signal"]).name
            detail = f"crashed: killed by signal {status['signal']} ({name})"
        else:
            detail = (
                f"crashed: the process exited with code {status.get('exit_code')} before finishing"
            )
        return RunResult("crashed", stdout, stderr, seconds, detail=detail)
    data = json.loads(result_file.read_text(encoding="utf-8"))
    offsets = data.get("segment_offsets") or []
    block_start = offsets[-2] if len(offsets) >= 2 else 0
    return RunResult(
        block_stdout=_text(raw_stdout[block_start:]),
        outcome=data["outcome"],
        stdout=stdout,
        stderr=stderr,
        seconds=seconds,
        exec_seconds=data.get("exec_seconds", 0.0),
        exc_type=data.get("type"),
        exc_mro=data.get("mro", []),
        message=data.get("message", ""),
        traceback=data.get("traceback", ""),
        device_bytes=data.get("device_bytes", 0),
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
