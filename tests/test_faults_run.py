"""Hostile and careless snippets: nothing passes that did not run, nothing outlives its run,
nothing the author wrote is lost. Each test is a fault the runner once let through."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from support import ROOT

from verified_docs.model.directives import RunSpec
from verified_docs.run import sandbox
from verified_docs.run.guard import RepoGuard
from verified_docs.run.runner import Runner

LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="process containment uses /proc (Linux)")


def _running(marker: str) -> list[int]:
    """Processes whose command line contains ``marker``."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                cmdline = Path(f"/proc/{name}/cmdline").read_bytes()
                state = Path(f"/proc/{name}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
            except OSError:
                continue
            if marker.encode() in cmdline and state != b"Z":
                found.append(int(name))
    return found


def _gone(marker: str, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while _running(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _running(marker)


def _marker() -> str:
    """A sleep duration no other process uses, to find the snippet's processes by."""
    return f"{300 + int(uuid.uuid4().int % 10**6) / 10**6:.6f}"


# -- set-up errors --------------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs",
    [{"raises": "torch.NoSuchError"}, {"setups": ("no-such-data",)}],
    ids=["unknown-torch-class", "missing-setup"],
)
def test_a_failing_setup_is_a_setup_error(cpu_runner, snippet_file, kwargs):
    result = cpu_runner.run(snippet_file("print('never')\n"), RunSpec(**kwargs))
    assert result.outcome == "setup-error", result.describe()
    assert result.stdout == ""
    assert "set-up failed" in result.describe()


# -- passing without having run -------------------------------------------------
@pytest.mark.parametrize(
    "code",
    [
        "import sys\nsys.exit(0)\nassert 1 == 2\n",
        "import sys\nsys.exit()\nassert 1 == 2\n",
        "exit()\nassert False\n",
        "quit()\nassert False\n",
        "raise SystemExit\n",
    ],
)
def test_any_system_exit_fails_unless_declared(cpu_runner, snippet_file, code):
    result = cpu_runner.run(snippet_file(code))
    assert result.outcome == "exit"
    assert "never ran" in result.describe()
    assert result.raised("SystemExit")  # what a block with `raises SystemExit` accepts


def test_exit_in_a_block_does_not_hide_a_failing_continuation(cpu_runner, snippet_file):
    path = snippet_file("print('first')\nexit()\n\n\nassert False\n")
    result = cpu_runner.run(path, segments=[(1, 2), (5, 5)])
    assert result.outcome == "exit"


def test_through_pytest_an_exit_passes_only_where_declared(pytester):
    from verified_docs.model.page import parse_docs
    from verified_docs.results.snippets import write_snippets

    code = "```python\nimport sys\n\nsys.exit(0)\nassert 1 == 2\n```\n"
    declared = (
        '<!--pytest.mark.xfail(strict=True, reason="it exits")-->\n'
        "<!--snippet:raises SystemExit-->\n"
    )
    pytester.makefile(".md", **{"docs/exits": f"# Exit\n\n{code}\n## Declared\n\n{declared}{code}"})
    write_snippets(pytester.path, parse_docs(pytester.path / "docs", pytester.path))
    result = pytester.runpytest_subprocess(
        "-p", "verified_docs.pytest_plugin", "docs", "-k", "cpu]"
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*docs/exits.md:3 *", "*SystemExit: 0 (the snippet exited*"])


# -- outliving the run -----------------------------------------------------------
ESCAPES = {
    "popen": "subprocess.Popen(['sleep', '{m}'])",
    "new-session": "subprocess.Popen(['sleep', '{m}'], start_new_session=True)",
    "double-fork": textwrap.dedent(
        """
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execvp('sleep', ['sleep', '{m}'])
            os._exit(0)
        time.sleep(0.2)
        """
    ),
}


@linux_only
@pytest.mark.parametrize("hang", [False, True], ids=["finishes", "times-out"])
@pytest.mark.parametrize("escape", sorted(ESCAPES))
def test_no_process_outlives_its_snippet(cpu_runner, snippet_file, escape, hang):
    marker = _marker()
    code = "import os, subprocess, time\n" + ESCAPES[escape].format(m=marker) + "\n"
    if hang:
        code += "time.sleep(600)\n"
    result = cpu_runner.run(snippet_file(code), RunSpec(timeout=2 if hang else 30))
    assert result.outcome == ("timeout" if hang else "ok"), result.describe()
    assert _gone(marker, 1.0), f"{escape} survived the snippet"


@linux_only
def test_spawn_style_workers_leave_nothing_running_and_no_network(snippet_file):
    marker = _marker()
    code = f"import subprocess\nsubprocess.Popen(['sleep', '{marker}'], start_new_session=True)\n"
    with Runner("cpu", start_method="spawn") as runner:
        result = runner.run(snippet_file(code))
        assert result.outcome == "ok"
        assert _gone(marker, 2.0)
        if result.network != "python":  # a network namespace there too
            network = "import socket\nprint(socket.if_nameindex())\n"
            assert runner.run(snippet_file(network)).stdout == "[(1, 'lo')]\n"


STANDBY = """
import os, signal, time
time.sleep(1)  # the server forks the next child just after this one starts
for name in os.listdir("/proc"):
    if name.isdigit():
        fields = open(f"/proc/{name}/stat").read().rsplit(")", 1)[1].split()
        if int(fields[1]) == os.getppid() and int(name) != os.getpid():
            os.kill(int(name), signal.%s)  # the next snippet's process, forked in advance
"""


@linux_only
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGSTOP"])
def test_a_snippet_that_kills_or_stops_the_next_worker_child_harms_nobody(
    cpu_runner, snippet_file, sig
):
    cpu_runner.run(snippet_file(STANDBY % sig, "guilty.py"))
    assert (
        cpu_runner.run(snippet_file("print('innocent')\n"), RunSpec(timeout=10)).stdout
        == "innocent\n"
    )


@linux_only
@pytest.mark.parametrize("how", ["kill", "stop"])
def test_a_snippet_that_kills_or_stops_the_worker_fails_alone(cpu_runner, snippet_file, how):
    marker = _marker()
    sig = "SIGKILL" if how == "kill" else "SIGSTOP"
    guilty = snippet_file(
        f"import os, signal, subprocess, time\n"
        f"subprocess.Popen(['sleep', '{marker}'], start_new_session=True)\n"
        f"os.kill(os.getppid(), signal.{sig})\n"
        "time.sleep(600)\n",
        "guilty.py",
    )
    innocent = snippet_file("print('innocent')\n", "innocent.py")
    cpu_runner.warm_up()
    started = time.monotonic()
    result = cpu_runner.run(guilty, RunSpec(timeout=60))
    assert time.monotonic() - started < 10  # noticed at once, not after the timeout
    assert result.outcome == "crashed"
    assert "the worker" in result.describe() and "restarted" in result.describe()
    assert _gone(marker, 2.0)
    assert cpu_runner.run(innocent).stdout == "innocent\n"


INTERRUPTED = """
import sys, time
from pathlib import Path
from verified_docs.model.directives import RunSpec
from verified_docs.run.runner import Runner

snippet = Path(sys.argv[1])
with Runner("cpu") as runner:
    runner.run(snippet, RunSpec(timeout=120))
"""


@linux_only
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupting_the_harness_ends_the_snippet_and_its_directory(tmp_path, sig):
    marker = _marker()
    snippet = tmp_path / "hang.py"
    snippet.write_text(
        "import subprocess, time\n"
        f"subprocess.Popen(['sleep', '{marker}'], start_new_session=True)\n"
        "time.sleep(600)\n"
    )
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
    harness = subprocess.Popen([sys.executable, "-c", INTERRUPTED, str(snippet)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not _running(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _running(marker), "the snippet did not start"
        harness.send_signal(sig)
        harness.wait(timeout=30)
    finally:
        harness.kill()
    assert _gone(marker, 2.0)
    assert not list(tmp.glob("snippet-*"))


# -- endless output, memory, processes -------------------------------------------------
def test_endless_output_is_capped_where_written_and_where_read(cpu_runner, snippet_file):
    path = snippet_file("while True:\n    print('x' * 1000)\n")
    result = cpu_runner.run(path, RunSpec(timeout=30), limits={"file_bytes": 2_000_000})
    assert result.outcome == "raised", result.describe()
    assert "reached the cap" in result.describe()
    assert len(result.stdout) < 50_000
    assert result.output_cut > 1_900_000
    assert "bytes cut" in result.stdout


def test_limits_have_defaults():
    limits = sandbox.default_limits({})
    assert all(limits[name] for name in ("memory", "processes", "file_bytes"))
    assert sandbox.default_limits({"VERIFIED_DOCS_MEMORY_LIMIT": "none"})["memory"] is None
    assert sandbox.parse_size("512M") == 512 * 1024**2


@linux_only
def test_memory_is_limited(cpu_runner, snippet_file):
    path = snippet_file("data = bytearray(2 * 1024**3)\n")
    result = cpu_runner.run(path, limits={"memory": 256 * 1024**2})
    assert result.raised("MemoryError"), result.describe()


@linux_only
def test_process_count_is_limited(cpu_runner, snippet_file):
    marker = _marker()
    path = snippet_file(
        f"import subprocess, time\nfor _ in range(30):\n"
        f"    subprocess.Popen(['sleep', '{marker}'])\ntime.sleep(600)\n"
    )
    started = time.monotonic()
    result = cpu_runner.run(path, RunSpec(timeout=60), limits={"processes": 10})
    assert time.monotonic() - started < 10
    assert result.outcome == "crashed" and "more than the limit of 10" in result.describe()
    assert _gone(marker, 2.0)


# -- the network below Python -------------------------------------------------------
NETWORK = """
import socket, subprocess, sys
print(sorted(name for _, name in socket.if_nameindex()))
with socket.create_server(("127.0.0.1", 0)) as server:  # loopback still works
    socket.create_connection(server.getsockname(), timeout=5).close()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    udp.sendto(b"x", ("192.0.2.1", 53))
except OSError as error:
    print("udp", error.errno)
child = "import _socket; s = _socket.socket(); s.settimeout(5); s.connect(('192.0.2.1', 80))"
print("subprocess", subprocess.run([sys.executable, "-c", child], capture_output=True).returncode)
"""


@linux_only
def test_the_network_is_blocked_below_python(cpu_runner, snippet_file):
    if cpu_runner.run(snippet_file("pass\n")).network == "python":
        pytest.skip("no network namespace on this machine: only Python sockets are blocked")
    started = time.monotonic()
    result = cpu_runner.run(snippet_file(NETWORK))
    assert result.outcome == "ok", result.describe() + result.stderr
    interfaces, udp, child = result.stdout.splitlines()
    assert interfaces == "['lo']"
    assert udp.startswith("udp ") and child == "subprocess 1"
    assert time.monotonic() - started < 10


# -- the author's work ---------------------------------------------------------------
def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(root)]
    (root / "page.md").write_text("committed\n")
    (root / ".gitignore").write_text("build/\n")
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "init"], check=True)
    return root


def test_overwriting_an_uncommitted_edit_is_caught_and_the_edit_kept(tmp_path):
    root = _repo(tmp_path)
    page = root / "page.md"
    page.write_text("my uncommitted edit\n")
    guard = RepoGuard(root)
    assert guard.check() is None
    page.write_text("clobbered by a snippet\n")  # git status: " M page.md" before and after
    message = guard.check()
    assert message and "modified: page.md" in message
    assert (guard.snapshot / "page.md").read_text() == "my uncommitted edit\n"
    assert str(guard.snapshot) in message
    assert guard.check() is None  # the next item is not blamed for it
    assert "page.md" in guard.since_start()


def test_new_deleted_and_ignored_files(tmp_path):
    root = _repo(tmp_path)
    guard = RepoGuard(root)
    assert guard.snapshot is None  # a clean tree: git has everything
    (root / "new.txt").write_text("x")
    (root / "build").mkdir()
    (root / "build" / "out.txt").write_text("ignored")
    assert guard.check().splitlines()[1:] == ["  added: new.txt"]
    (root / "page.md").unlink()
    assert "deleted: page.md" in guard.check()
    assert guard.since_start({"page.md", "new.txt"}) is None


def test_the_item_that_overwrites_an_uncommitted_edit_fails_by_name(pytester):
    from verified_docs.model.page import parse_docs
    from verified_docs.results.snippets import write_snippets

    code = (  # an absolute path out of the temporary directory, into the repository
        "from pathlib import Path\n\n"
        "Path(__file__).parents[2].joinpath('notes.txt').write_text('x')\n"
    )
    pytester.makefile(".md", **{"docs/leak": f"# Leak\n\n```python\n{code}```\n"})
    pytester.makefile(".txt", notes="committed\n")
    write_snippets(pytester.path, parse_docs(pytester.path / "docs", pytester.path))
    for command in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
    ):
        pytester.run("git", *command)
    (pytester.path / "notes.txt").write_text("uncommitted\n")
    result = pytester.runpytest_subprocess("-p", "verified_docs.pytest_plugin", "docs", "-k", "cpu")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*docs/leak.md:3 *",
            "*this snippet changed the repository working tree:*",
            "*modified: notes.txt*",
        ]
    )
    snapshots = list((pytester.path / ".git" / "verified-docs" / "snapshots").glob("*/notes.txt"))
    assert [p.read_text() for p in snapshots] == ["uncommitted\n"]
