"""The runner: each snippet in its own process, isolated, with a timeout; and what careless or
hostile snippets try (exiting early, outliving their run, stopping the worker, endless output,
the network below Python)."""

from __future__ import annotations

import signal
import sys
import textwrap
import time

import pytest
from support import ROOT, gone, interrupt_harness, unique_marker

from verified_docs.model.directives import RunSpec
from verified_docs.run import sandbox
from verified_docs.run.runner import Runner

LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="process containment, network namespaces (Linux)")


def test_runs_as_main_in_an_empty_temporary_directory(cpu_runner, snippet_file):
    path = snippet_file(
        """
        import os
        import sys
        from pathlib import Path

        if __name__ == "__main__":
            print(sorted(os.listdir(".")))
            Path("written.txt").write_text("data")
            print(Path.cwd())
            print(sys.argv[0])
        """
    )
    result = cpu_runner.run(path)
    listing, cwd, argv0 = result.stdout.splitlines()
    assert result.outcome == "ok"
    assert listing == "[]"
    assert not cwd.startswith(str(ROOT))
    assert argv0 == str(path)
    assert not (path.parent / "written.txt").exists()


def test_a_hang_is_killed_within_its_timeout_plus_two_seconds(cpu_runner, snippet_file):
    path = snippet_file(
        """
        import subprocess
        import time

        subprocess.Popen(["sleep", "600"])  # a grandchild is killed too
        time.sleep(600)
        """
    )
    started = time.monotonic()
    result = cpu_runner.run(path, RunSpec(timeout=1.5))
    assert result.outcome == "timeout"
    assert time.monotonic() - started < 1.5 + 2
    assert "timed out after 1.5 s" in result.describe()


@pytest.mark.parametrize(
    ("code", "detail"),
    [
        ("import os\nos._exit(3)\n", "exited with code 3"),
        ("import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", "SIGSEGV"),
    ],
)
def test_a_crash_fails_only_that_snippet(cpu_runner, snippet_file, code, detail):
    crashed = cpu_runner.run(snippet_file(code))
    assert crashed.outcome == "crashed"
    assert detail in crashed.describe()
    assert cpu_runner.run(snippet_file("print('still here')\n", "next.py")).stdout == "still here\n"


def test_sys_exit_with_an_error_code_is_a_failure(cpu_runner, snippet_file):
    result = cpu_runner.run(snippet_file("import sys\nprint('before')\nsys.exit(3)\n"))
    assert (result.outcome, result.message, result.stdout) == ("exit", "3", "before\n")


def test_an_exception_is_reported_with_type_message_and_traceback(cpu_runner, snippet_file):
    path = snippet_file("def f():\n    raise KeyError('gone')\n\n\nf()\n")
    result = cpu_runner.run(path)
    assert result.outcome == "raised"
    assert result.raised("KeyError") and result.raised("LookupError")
    assert not result.raised("ValueError")
    assert result.message == "'gone'"
    assert f'File "{path}", line 5' in result.traceback
    assert "runpy" not in result.traceback


def test_warnings_are_errors(cpu_runner, snippet_file):
    path = snippet_file("import warnings\nwarnings.warn('old api', FutureWarning)\nprint('done')\n")
    result = cpu_runner.run(path)
    assert result.raised("FutureWarning")
    assert result.stdout == ""


def test_the_network_is_refused_at_once(cpu_runner, snippet_file):
    path = snippet_file(
        "import urllib.request\nurllib.request.urlopen('http://example.com', timeout=30)\n"
    )
    started = time.monotonic()
    result = cpu_runner.run(path)
    assert time.monotonic() - started < 5
    assert result.raised("URLError")
    assert "network access is blocked" in result.message


def test_the_cpu_run_hides_accelerators(cpu_runner, snippet_file):
    path = snippet_file(
        """
        import os

        import torch

        available = torch.accelerator.is_available()
        device = torch.accelerator.current_accelerator() if available else "cpu"
        print(device, repr(os.environ["CUDA_VISIBLE_DEVICES"]))
        """
    )
    result = cpu_runner.run(path)
    assert result.stdout == "cpu ''\n"
    assert result.device_bytes == 0


def test_snippets_can_use_spawned_processes(cpu_runner, snippet_file):
    path = snippet_file(
        """
        import multiprocessing as mp


        def square(x):
            return x * x


        if __name__ == "__main__":
            print(mp.get_start_method())
            with mp.Pool(2) as pool:
                print(pool.map(square, [1, 2, 3]))
        """
    )
    result = cpu_runner.run(path, RunSpec(timeout=120), spawn=True)
    assert (result.outcome, result.stdout) == ("ok", "spawn\n[1, 4, 9]\n"), result.traceback


def test_spawn_style_workers_give_the_same_isolation(snippet_file):
    crash = snippet_file("import os\nos._exit(5)\n", "crash.py")
    ok = snippet_file("import torch\nprint(torch.arange(3).sum().item())\n", "ok.py")
    with Runner("cpu", start_method="spawn") as runner:
        assert runner.run(crash).outcome == "crashed"
        assert runner.run(ok).stdout == "3\n"
        assert runner.run(
            snippet_file("import time\ntime.sleep(60)\n", "hang.py"), RunSpec(timeout=1)
        ).outcome == ("timeout")


def test_median_overhead_is_small(cpu_runner, snippet_file):
    """A smoke check of the fork server; `make bench` measures it properly."""
    path = snippet_file("import torch\nx = torch.ones(2)\n")
    cpu_runner.run(path)
    overheads = sorted(cpu_runner.run(path).overhead for _ in range(9))
    assert overheads[4] < 0.5  # generous: this is a test, not a benchmark


def test_each_block_of_a_chain_has_its_own_output(cpu_runner, snippet_file):
    path = snippet_file("print('first')\n\n\nx = 2\nprint('second', x)\n")
    result = cpu_runner.run(path, segments=[(1, 1), (4, 5)])
    assert (result.stdout, result.block_stdout) == ("first\nsecond 2\n", "second 2\n")


def test_classes_defined_in_a_snippet_pickle_by_reference(cpu_runner, snippet_file):
    path = snippet_file(
        """
        import pickle


        class Point:
            pass


        assert pickle.loads(pickle.dumps(Point())).__class__ is Point
        print(__name__, Point.__module__)
        """
    )
    assert cpu_runner.run(path).stdout == "__main__ __main__\n"


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
    marker = unique_marker()
    code = "import os, subprocess, time\n" + ESCAPES[escape].format(m=marker) + "\n"
    if hang:
        code += "time.sleep(600)\n"
    result = cpu_runner.run(snippet_file(code), RunSpec(timeout=2 if hang else 30))
    assert result.outcome == ("timeout" if hang else "ok"), result.describe()
    assert gone(marker, 1.0), f"{escape} survived the snippet"


@linux_only
def test_spawn_style_workers_leave_nothing_running_and_no_network(snippet_file):
    marker = unique_marker()
    code = f"import subprocess\nsubprocess.Popen(['sleep', '{marker}'], start_new_session=True)\n"
    with Runner("cpu", start_method="spawn") as runner:
        result = runner.run(snippet_file(code))
        assert result.outcome == "ok"
        assert gone(marker, 2.0)
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
    marker = unique_marker()
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
    assert gone(marker, 2.0)
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
    marker = unique_marker()
    snippet = tmp_path / "hang.py"
    snippet.write_text(
        "import subprocess, time\n"
        f"subprocess.Popen(['sleep', '{marker}'], start_new_session=True)\n"
        "time.sleep(600)\n"
    )
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    interrupt_harness(INTERRUPTED, snippet, marker, sig, tmp)
    assert gone(marker, 2.0)
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
    marker = unique_marker()
    path = snippet_file(
        f"import subprocess, time\nfor _ in range(30):\n"
        f"    subprocess.Popen(['sleep', '{marker}'])\ntime.sleep(600)\n"
    )
    started = time.monotonic()
    result = cpu_runner.run(path, RunSpec(timeout=60), limits={"processes": 10})
    assert time.monotonic() - started < 10
    assert result.outcome == "crashed" and "more than the limit of 10" in result.describe()
    assert gone(marker, 2.0)


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


def test_a_thread_that_is_not_a_daemon_is_waited_for_as_python_does(cpu_runner, snippet_file):
    code = (
        "import threading, time\n\n"
        "threading.Thread(target=lambda: (time.sleep(0.5), print('later'))).start()\n"
        "print('first')\n"
    )
    result = cpu_runner.run(snippet_file(code))
    assert result.outcome == "ok", result.describe()
    assert result.stdout == result.block_stdout == "first\nlater\n"


@linux_only
def test_a_figure_must_be_a_regular_image_file(cpu_runner, snippet_file):
    """A link named like the figure could carry any host file into docs/figures/."""
    code = "import os\n\nos.symlink('/etc/hostname', 'plot.svg')\n"
    result = cpu_runner.run(snippet_file(code), RunSpec(figures=("plot.svg",)))
    assert result.outcome == "ok" and result.files == {}
    text = "open('plot.svg', 'w').write('not an image')\n"
    assert cpu_runner.run(snippet_file(text), RunSpec(figures=("plot.svg",))).files


def test_a_snippet_cannot_forge_its_result(cpu_runner, snippet_file):
    code = (
        "import glob, json, os\n\n"
        "for name in ['../run/result.json', *glob.glob('../run/result*')]:\n"
        "    with open(name, 'w') as file:\n"
        "        json.dump({'outcome': 'ok'}, file)\n"
        "os._exit(0)\n"
        "raise AssertionError('never reached')\n"
    )
    result = cpu_runner.run(snippet_file(code))
    assert result.outcome == "crashed", result.describe()
