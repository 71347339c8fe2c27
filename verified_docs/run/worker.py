"""The process side of the runner: a warm interpreter that runs snippets in children.

Started by :mod:`verified_docs.run.runner`, never by hand. It imports the heavy
libraries once, then either

* ``--serve``: forks one child per snippet (Linux; the parent never touches an
  accelerator, so CUDA still initialises in the children), keeping the next
  child forked in advance so a snippet starts without waiting for ``fork``; or
* ``--once``: runs a single snippet itself and exits (spawn-style warm workers,
  for MPS and platforms without a safe ``fork``).

Each snippet runs as ``__main__`` in its own process group, in its own empty
working directory, with stdout and stderr in files, network sockets refused,
warnings raised as errors and, for the ``cpu`` device, accelerators hidden. On
Linux it also runs in its own network namespace where the system allows one, under
the limits of :mod:`verified_docs.run.sandbox`, and every process it starts is killed
when it ends.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import contextlib
import importlib
import json
import os
import select
import signal
import socket
import sys
import threading
import time
import traceback
import types
import warnings
from pathlib import Path

from verified_docs.model.directives import exception_problem
from verified_docs.run import lines, sandbox
from verified_docs.run.setups import prepare

PRELOAD = ("torch", "numpy", "torchvision", "matplotlib", "matplotlib.pyplot")
_LOOPBACK = ("127.", "::1", "localhost", "0.0.0.0")
_protocol_fd = -1  # the fork server's reply channel, closed in every child
WATCH_INTERVAL = 0.2  # seconds between two counts of a running snippet's processes


class NetworkBlockedError(ConnectionRefusedError):
    """Raised when a snippet tries to reach another host while it is verified."""


def _host_of(address: object) -> str:
    return str(address[0]) if isinstance(address, tuple) and address else str(address)


def _refuse(host: str, port: object = "") -> None:
    if host.startswith(_LOOPBACK):
        return
    raise NetworkBlockedError(
        f"network access is blocked while snippets are verified (tried to reach {host}:{port}); "
        "a snippet must run offline: ship its data or prepare it with <!--snippet:setup NAME-->"
    )


def block_network() -> None:
    """Make every attempt to reach a non-loopback host fail at once."""
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def getaddrinfo(host, port, *args, **kwargs):
        if host is not None:
            _refuse(str(host), port)
        return real_getaddrinfo(host, port, *args, **kwargs)

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(_host_of(address), address[1] if isinstance(address, tuple) else "")
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(_host_of(address), address[1] if isinstance(address, tuple) else "")
        return real_connect_ex(self, address)

    socket.getaddrinfo = getaddrinfo
    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex


class DeclaredClassError(Exception):
    """A ``raises`` name that names no exception class (checked here, where torch is
    imported, rather than when the page is parsed)."""


def warnings_as_errors(raises: str | None) -> None:
    problem = exception_problem(raises) if raises else None
    if problem:
        raise DeclaredClassError(problem)
    warnings.resetwarnings()
    warnings.simplefilter("error")
    # A deprecation inside torch's own code (torch 2.10's compiler imports a module that
    # calls torch.jit.script_method) is torch's to fix: as Python's default filters do, it
    # is shown only where the snippet's own code calls the deprecated API (an error here).
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"(torch|torchvision)\.")


def hide_accelerators() -> None:
    """For the ``cpu`` run: the canonical idiom must pick the CPU.

    CUDA is hidden by ``CUDA_VISIBLE_DEVICES=""`` (set by the runner before this
    interpreter started); MPS has no such variable, so it is switched off here.
    """
    torch = sys.modules.get("torch")
    if torch is None or not torch.backends.mps.is_available():
        return
    torch.backends.mps.is_available = lambda: False
    torch.accelerator.is_available = lambda: False


def device_bytes(device: str) -> int:
    """Memory the snippet allocated on the accelerator (0 if it never used it)."""
    torch = sys.modules.get("torch")
    if torch is None or device == "cpu":
        return 0
    if device == "cuda":
        return int(torch.cuda.max_memory_allocated()) if torch.cuda.is_initialized() else 0
    if device == "mps":
        return int(torch.mps.driver_allocated_memory())
    return 0


def _snippet_traceback(error: BaseException, snippet: str) -> str:
    """The traceback from the snippet's first frame on, without runner frames."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != snippet:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb or error.__traceback__))


def _describe(error: BaseException, snippet: str) -> dict[str, object]:
    kind = type(error)
    return {
        "outcome": "raised",
        "type": kind.__name__,
        "mro": [f"{c.__module__}.{c.__qualname__}" for c in kind.__mro__],
        "message": str(error),
        "traceback": _snippet_traceback(error, snippet),
    }


def run_as_main(
    snippet: str, segments: list[list[int]], offsets: list[int], record: bool = False
) -> None:
    """Run a script as ``__main__``, as ``python snippet.py`` would.

    The file's top-level statements run in order, in one module namespace. When
    ``segments`` gives the line ranges of the Markdown blocks the file is made of,
    the stdout position after each block is appended to ``offsets``, so that each
    block's own output can be told apart from the output of the blocks it continues.
    """
    source = Path(snippet).read_text(encoding="utf-8")
    tree = ast.parse(source, snippet)
    if record:  # each statement notes its line first (see lines.LineRecorder)
        tree = lines.instrument(tree)
    module = types.ModuleType("__main__")
    module.__file__ = snippet
    module.__builtins__ = builtins
    saved_main = sys.modules["__main__"]
    sys.modules["__main__"] = module
    ranges = segments or [[1, len(source.splitlines()) + 1]]
    try:
        for number, (start, end) in enumerate(ranges, 1):
            body = [node for node in tree.body if start <= node.lineno <= end]
            exec(compile(ast.Module(body=body, type_ignores=[]), snippet, "exec"), module.__dict__)
            if number == len(ranges):  # as the interpreter does before it exits
                threading._shutdown()  # waits for the threads that are not daemons
            sys.stdout.flush()
            offsets.append(os.lseek(1, 0, os.SEEK_CUR))
    finally:
        sys.modules["__main__"] = saved_main


def _exit_result(exit_: SystemExit, snippet: str) -> dict[str, object]:
    """Any ``SystemExit`` ends the snippet early, so what follows never ran: its own outcome."""
    result = _describe(exit_, snippet)
    result.update(outcome="exit", code=exit_.code)
    return result


def _prepare(job: dict) -> None:
    """Everything before the snippet's first line: a failure here is a ``setup-error``."""
    os.chdir(job["workdir"])
    sys.argv = [job["snippet"]]
    sys.path[0] = os.path.dirname(job["snippet"])
    if job["device"] == "cpu":
        hide_accelerators()
    if "matplotlib" in sys.modules:
        sys.modules["matplotlib"].rcParams["svg.hashsalt"] = "verified-docs"
    netns = sandbox.private_network() if job.get("netns") else None
    if job.get("netns") and netns is None:
        raise RuntimeError("could not move the snippet into its own network namespace")
    block_network()
    spec = job["spec"]
    prepare(tuple(spec["setups"]), Path(job["workdir"]), job["setup_modules"])
    if job["spawn"]:
        import multiprocessing

        multiprocessing.set_start_method("spawn", force=True)
    warnings_as_errors(spec["raises"])
    userns = job.get("userns") or netns == "userns+netns"
    sandbox.apply_limits({**(job.get("limits") or {}), "userns": userns})


def _usage() -> dict[str, float]:
    """This process's and its children's CPU seconds and page faults, and the clock."""
    state = {"clock": time.perf_counter(), "cpu": 0.0, "faults": 0.0}
    with contextlib.suppress(ImportError):  # no resource module on Windows
        import resource

        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
            usage = resource.getrusage(who)
            state["cpu"] += usage.ru_utime + usage.ru_stime
            state["faults"] += usage.ru_minflt + usage.ru_majflt
    return state


def _load() -> float | None:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def machine_state(before: dict, after: dict, others_busy: float) -> dict[str, object]:
    """What a measurement's figures were taken under (stored with the figures)."""
    return {
        "cores": os.cpu_count(),
        "others_busy": round(others_busy, 3),  # cores' share others used the second before
        "load_before": before["load"],
        "load_after": _load(),
        "wall_s": round(after["clock"] - before["clock"], 4),
        "cpu_s": round(after["cpu"] - before["cpu"], 4),  # its worker processes included
        "page_faults": int(after["faults"] - before["faults"]),
    }


def _run(job: dict, offsets: list[int]) -> dict[str, object]:
    """Run the snippet; for a measurement, note the machine's state around it."""
    measuring = bool(job.get("measure"))
    # the share of all cores busy in the second before: the harness waits meanwhile, so it
    # is other processes' use
    others = sandbox.cpu_busy(1.0) if measuring else 0.0
    before = {**_usage(), "load": _load()}
    result = _run_snippet(job, offsets)
    if measuring:
        result["machine"] = machine_state(before, _usage(), others)
    return result


def _run_snippet(job: dict, offsets: list[int]) -> dict[str, object]:
    snippet = job["snippet"]
    record = bool(job.get("record_lines"))
    recorder = lines.LineRecorder() if record else contextlib.nullcontext()
    result: dict[str, object] = {"outcome": "ok"}
    try:
        with recorder:
            run_as_main(snippet, job.get("segments") or [], offsets, record)
    except SystemExit as exit_:
        result = _exit_result(exit_, snippet)
    except BaseException as error:
        result = _describe(error, snippet)
    if isinstance(recorder, lines.LineRecorder):
        result["not_run"] = recorder.not_run(Path(snippet).read_text(encoding="utf-8"))
    return result


def _end_descendants() -> int:
    """Kill what the snippet left running (e.g. persistent DataLoader workers); how many."""
    with contextlib.suppress(BaseException):
        # torch's SIGCHLD handler would raise on a worker killed here
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        return sandbox.kill_descendants(os.getpid())
    return 0


def execute(job: dict) -> None:
    """Run one snippet in this process and exit. Never returns."""
    run_dir = Path(job["run_dir"])
    for fd, name in ((1, "stdout"), (2, "stderr")):
        os.dup2(os.open(run_dir / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    sys.stdout.reconfigure(line_buffering=True)
    sandbox.become_subreaper()  # orphans of the snippet's processes stay ours, to be killed
    offsets: list[int] = []
    started = time.perf_counter()
    try:
        _prepare(job)
    except BaseException as error:
        result = _describe(error, job["snippet"])
        result["outcome"] = "setup-error"
    else:
        started = time.perf_counter()
        result = _run(job, offsets)
    result["exec_seconds"] = time.perf_counter() - started
    result["segment_offsets"] = offsets
    result["left_running"] = _end_descendants()
    try:
        result["device_bytes"] = device_bytes(job["device"])
    except Exception as error:
        result["device_bytes"] = 0
        result["device_check_error"] = repr(error)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a full or closed stream
            stream.flush()
    tmp = run_dir / f"{job['result']}.tmp"
    tmp.write_text(json.dumps(result, default=str), encoding="utf-8")
    tmp.replace(run_dir / job["result"])
    os._exit(0)


def _preload() -> None:
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _fork_standby() -> tuple[int, int, int]:
    """Fork a child that waits for one job on a pipe. Returns (pid, write end, ack end):
    the child writes one byte to the ack pipe when it has its job."""
    read_end, write_end = os.pipe()
    ack_read, ack_write = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.close(write_end)
        os.close(ack_read)
        os.close(_protocol_fd)
        os.setsid()
        sandbox.die_with_parent()
        chunks = []
        while chunk := os.read(read_end, 65536):
            chunks.append(chunk)
        if not chunks:
            os._exit(0)
        os.write(ack_write, b"1")
        os.close(ack_write)
        execute(json.loads(b"".join(chunks)))
    os.close(read_end)
    os.close(ack_write)
    return pid, write_end, ack_read


def _started(ack_read: int) -> bool:
    """Whether the child got its job (it may have been killed while waiting for it)."""
    os.set_blocking(ack_read, False)
    try:
        return os.read(ack_read, 1) == b"1"
    except BlockingIOError:
        return False
    finally:
        os.close(ack_read)


def _wait_status(pid: int) -> dict[str, int]:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # already reaped, with the processes it was killed with
        return {"signal": 9}
    if os.WIFSIGNALED(status):
        return {"signal": os.WTERMSIG(status)}
    return {"exit_code": os.WEXITSTATUS(status)}


def _watch(pid: int, standby: int, limit: int | None) -> dict[str, int]:
    """Wait for the snippet ``pid``; kill its processes when there are more than ``limit``."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        return _wait_status(pid)
    exceeded: dict[str, int] = {}
    try:
        while not select.select([handle], [], [], WATCH_INTERVAL)[0]:
            if limit and not exceeded:
                count = len(sandbox.descendants(os.getpid(), {standby}))
                if count > limit:
                    exceeded = {"processes": count, "limit": limit}
                    sandbox.kill_descendants(os.getpid(), {standby})
    finally:
        os.close(handle)
    return {**_wait_status(pid), **({"too_many_processes": exceeded} if exceeded else {})}


def _healthy(standby: tuple[int, int, int]) -> tuple[int, int, int]:
    """The standby child, or a new one if the last snippet killed or stopped it."""
    pid, write_end, ack_read = standby
    try:
        dead = os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:
        dead = True
    if not dead and not sandbox.stopped(pid):
        return standby
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    os.close(write_end)
    os.close(ack_read)
    return _fork_standby()


def _run_job(job: dict, standby: tuple[int, int, int], protocol):
    """Hand ``job`` to the standby child and wait for it; returns (status, next standby).

    A child killed before it got its job (by the previous snippet, a moment too late
    for :func:`_healthy` to see) is replaced and the job given to the next one."""
    for _ in range(3):
        pid, write_end, ack_read = _healthy(standby)
        os.write(write_end, json.dumps(job).encode())
        os.close(write_end)
        protocol.write(json.dumps({"pid": pid}) + "\n")
        protocol.flush()
        standby = _fork_standby()
        status = _watch(pid, standby[0], (job.get("limits") or {}).get("processes"))
        status["left_running"] = sandbox.kill_descendants(os.getpid(), {standby[0]})
        if _started(ack_read) or "signal" not in status:
            break
    return {"pid": pid, **status}, standby


def serve(protocol) -> None:
    """Fork server: one JSON job per input line, two JSON replies per job.

    The server is a subreaper: whatever a snippet leaves behind ends up as its
    child, and is killed before the second reply.
    """
    sandbox.become_subreaper()
    sandbox.die_with_parent()
    netns = sandbox.probe_private_network()
    standby = _fork_standby()
    protocol.write(json.dumps({"ready": os.getpid(), "netns": netns}) + "\n")
    protocol.flush()
    for line in sys.stdin:
        job = json.loads(line)
        job["netns"] = netns
        status, standby = _run_job(job, standby, protocol)
        protocol.write(json.dumps(status) + "\n")
        protocol.flush()
    os.close(standby[1])
    os.close(standby[2])
    os.waitpid(standby[0], 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", action="store_true", help="fork a child per job read from stdin")
    parser.add_argument(
        "--once", action="store_true", help="run the one job read from stdin, then exit"
    )
    args = parser.parse_args()
    # Replies go on a private copy of stdout; stray prints from imports go to stderr.
    global _protocol_fd
    _protocol_fd = os.dup(1)
    protocol = os.fdopen(_protocol_fd, "w", encoding="utf-8")
    os.dup2(2, 1)
    netns = None
    if not args.serve and sandbox.probe_private_network():
        netns = sandbox.private_network()  # while single-threaded: before torch starts threads
    _preload()
    if args.serve:
        serve(protocol)
        protocol.close()
    else:
        sandbox.die_with_parent()
        protocol.write(json.dumps({"ready": os.getpid(), "netns": netns}) + "\n")
        protocol.flush()
        line = sys.stdin.readline()
        protocol.close()
        if line:
            execute({**json.loads(line), "netns": None, "userns": netns == "userns+netns"})


if __name__ == "__main__":
    main()
