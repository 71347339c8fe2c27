"""What a snippet may do: limits, a private network, and killing every process it started.

Used by both sides of the runner. On Linux:

* every process the worker starts carries ``VERIFIED_DOCS_TOKEN`` in its
  environment, so the harness finds (and kills) whatever a snippet left behind,
  even processes that moved to a new session or lost their parent;
* the fork server is a *subreaper*: a snippet's orphaned descendants become its
  children, and it kills all of them when the snippet ends;
* a snippet runs in its own network namespace where unprivileged user
  namespaces (or root) allow it: only a loopback interface exists;
* its file size (so also its stdout and stderr), memory and process count are
  limited, with defaults that environment variables raise.

Elsewhere (macOS, Windows) only the Python-level network block and the timeout apply.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import struct
import sys
import time

import psutil

try:  # POSIX only
    import fcntl
    import resource
except ImportError:  # Windows: only the timeout and the Python-level network block
    fcntl = resource = None

LINUX = sys.platform.startswith("linux")
TOKEN = "VERIFIED_DOCS_TOKEN"
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000

_GiB = 1024**3
#: Defaults, each raised (or switched off with ``none``) by an environment variable.
LIMITS = {
    # bytes of memory a snippet may allocate on top of the warm worker's (RLIMIT_DATA)
    "memory": ("VERIFIED_DOCS_MEMORY_LIMIT", 8 * _GiB),
    # processes a snippet may have at once, itself included
    "processes": ("VERIFIED_DOCS_PROCESS_LIMIT", 256),
    # bytes in any one file it writes, stdout and stderr included (RLIMIT_FSIZE)
    "file_bytes": ("VERIFIED_DOCS_FILE_LIMIT", 256 * 1024**2),
}
_SUFFIXES = {"k": 1024, "m": 1024**2, "g": _GiB, "t": 1024**4}

_libc = ctypes.CDLL(None, use_errno=True) if LINUX else None


def parse_size(text: str) -> int | None:
    """``512M``, ``8G``, ``1000`` (bytes or a count); ``none`` for no limit."""
    text = text.strip().lower()
    if text in {"none", "off", "0", "unlimited"}:
        return None
    factor = _SUFFIXES.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in _SUFFIXES else text
    return int(float(number.removesuffix("i")) * factor)


def default_limits(environ=os.environ) -> dict[str, int | None]:
    limits: dict[str, int | None] = {}
    for name, (variable, default) in LIMITS.items():
        value = environ.get(variable)
        limits[name] = default if value is None else parse_size(value)
    if limits["memory"] is not None:  # never more than the machine has
        with contextlib.suppress(ValueError, OSError, AttributeError):
            total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
            limits["memory"] = min(limits["memory"], int(total * 0.75))
    return limits


def prctl(option: int, value: int) -> bool:
    return bool(_libc) and _libc.prctl(option, value, 0, 0, 0) == 0


def die_with_parent() -> None:
    """SIGKILL this process when its parent dies (Linux)."""
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def become_subreaper() -> bool:
    """Orphaned descendants of this process become its children, not init's."""
    return prctl(PR_SET_CHILD_SUBREAPER, 1)


# -- finding and killing processes (psutil: Linux, macOS and Windows alike) ---------------
_GONE = (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)


def _status(process: psutil.Process) -> str | None:
    with contextlib.suppress(psutil.Error):
        return process.status()
    return None


def _tree(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


def descendants(root: int, exclude: set[int] = frozenset()) -> dict[int, str]:
    """Every descendant of ``root``, pid -> status, without ``exclude`` and theirs."""
    skipped = set(exclude) | {p.pid for pid in exclude for p in _tree(pid)}
    found = {p.pid: _status(p) for p in _tree(root) if p.pid not in skipped}
    return {pid: status for pid, status in found.items() if status is not None}


def with_token(token: str) -> dict[int, str]:
    """Processes whose environment carries this token (other than this one), pid -> status."""
    found = {}
    for process in psutil.process_iter():
        with contextlib.suppress(psutil.Error):
            if process.pid != os.getpid() and process.environ().get(TOKEN) == token:
                found[process.pid] = process.status()
    return found


def _kill_until_gone(find, seconds: float) -> int:
    """SIGKILL what ``find()`` returns until it returns nothing; how many were killed."""
    killed: set[int] = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = find()
        alive = [pid for pid, status in found.items() if status not in _GONE]
        for pid in alive:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        killed.update(alive)
        for pid in found:  # reap the zombies that are ours (a subreaper's orphans)
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(pid, os.WNOHANG)
        if not found:
            break
        time.sleep(0.002)
    return len(killed)


def kill_descendants(root: int, exclude: set[int] = frozenset(), seconds: float = 10.0) -> int:
    return _kill_until_gone(lambda: descendants(root, exclude), seconds)


def kill_token(token: str, seconds: float = 10.0) -> int:
    """Kill every process started under ``token``, wherever it moved."""
    return _kill_until_gone(lambda: with_token(token), seconds)


def stopped(pid: int) -> bool:
    """Whether ``pid`` is stopped (SIGSTOP) or traced, i.e. cannot answer."""
    with contextlib.suppress(psutil.Error):
        return psutil.Process(pid).status() in (psutil.STATUS_STOPPED, psutil.STATUS_TRACING_STOP)
    return False


# -- limits ----------------------------------------------------------------
def _vm_data() -> int:
    with contextlib.suppress(OSError, ValueError, IndexError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def apply_limits(limits: dict) -> None:
    """Limit this process (and what it starts): memory, file size, process count."""
    if resource is None:
        return
    if limits.get("file_bytes"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails: EFBIG
        size = int(limits["file_bytes"])
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    if limits.get("memory") and LINUX:
        # RLIMIT_DATA, not RLIMIT_AS: CUDA reserves far more address space than it uses
        data = _vm_data() + int(limits["memory"])
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_DATA, (data, data))
    if limits.get("processes") and limits.get("userns"):
        # counted per user namespace: only this snippet's tasks (root is exempt); threads
        # count too, and torch starts one per core in every process
        count = int(limits["processes"]) + 64 + 4 * (os.cpu_count() or 1)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NPROC, (count, count))


# -- network ---------------------------------------------------------------
def _write(path: str, text: str) -> None:
    with open(path, "w") as file:
        file.write(text)


def _loopback_up() -> None:
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sh22x", b"lo", 0)
        flags = struct.unpack("16sh22x", fcntl.ioctl(sock, siocgifflags, request))[1]
        fcntl.ioctl(sock, siocsifflags, struct.pack("16sh22x", b"lo", flags | iff_up))


def private_network() -> str | None:
    """Move this (single-threaded) process into a new network namespace with loopback up.

    Returns how (``"netns"`` or ``"userns+netns"``), or None where the
    platform does not allow it; then this process is unchanged, except when
    the namespace was made but loopback could not be brought up (an error).
    """
    if not LINUX or os.environ.get("VERIFIED_DOCS_NETNS", "1") == "0":
        return None
    uid, gid = os.getuid(), os.getgid()
    if os.geteuid() == 0 and _libc.unshare(CLONE_NEWNET) == 0:
        how = "netns"
    elif _libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
        how = "userns+netns"
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    else:
        return None
    _loopback_up()
    return how


def probe_private_network() -> str | None:
    """Whether :func:`private_network` works here, tried in a throwaway child."""
    if not LINUX or os.environ.get("VERIFIED_DOCS_NETNS", "1") == "0":
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            how = private_network() or ""
            with socket.create_server(("127.0.0.1", 0)) as server:
                socket.create_connection(server.getsockname(), timeout=2).close()
            os.write(write_end, how.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    answer = b""
    while chunk := os.read(read_end, 64):
        answer += chunk
    os.close(read_end)
    os.waitpid(pid, 0)
    return answer.decode() or None


def cpu_busy(window: float) -> float:
    """The share (0 to 1) of all the machine's cores busy over the next ``window`` seconds."""
    return psutil.cpu_percent(interval=window) / 100.0
