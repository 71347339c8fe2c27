"""The runner: isolation, timeouts, crashes, warnings, network, devices."""

from __future__ import annotations

import time

import pytest
from support import ROOT

from verified_docs.model.directives import RunSpec
from verified_docs.run.runner import Runner


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
