"""Every generated snippet runs as a reader runs it: `python file.py` in an empty directory.

The runs go in parallel (one per core but one) and are stored like every other result, so
`--reuse-results` skips a file that passed before with the same text and data.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import pytest
from support import ROOT, gone, interrupt_harness, running, unique_marker

from verified_docs.results.snippets import SnippetHeader, read_header
from verified_docs.run import sandbox
from verified_docs.run.standalone import problem, run_file
from verified_docs.run.verify import too_old

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))


@pytest.mark.standalone
@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_snippet_runs_standalone(snippet: Path, standalone_runs, record_property):
    if too_old(read_header(snippet).since):  # its page says which release it needs
        pytest.skip(f"{snippet.name}: {too_old(read_header(snippet).since)}")
    reused = standalone_runs.reused(snippet)
    if reused is not None:
        record_property("reused", reused.date)
        return
    run = standalone_runs.run(snippet)
    failure = problem(read_header(snippet), run)
    standalone_runs.record(snippet, run, failure)
    assert failure is None, f"{read_header(snippet).source}: {failure}"


def test_a_file_leaves_no_bytecode_beside_it(snippet_file, tmp_path):
    """An import of a module beside the file would write ``__pycache__`` into ``snippets/``."""
    snippet_file("VALUE = 7\n", name="helper.py")
    main = snippet_file("from helper import VALUE\n\nprint(VALUE)\n", name="main.py")
    assert problem(SnippetHeader("x"), run_file(main, SnippetHeader("x"))) is None
    assert not list(tmp_path.rglob("*.pyc"))


def test_a_daemon_that_keeps_stderr_open_ends_with_the_file(snippet_file):
    marker = f"600.{time.time_ns() % 10**6}"
    code = (
        "import subprocess, sys\n\n"
        f"subprocess.Popen(['sleep', '{marker}'], start_new_session=True, stderr=sys.stderr)\n"
    )
    run = run_file(snippet_file(code), SnippetHeader("x"), timeout=60)
    assert run.returncode == 0 and run.seconds < 30, run
    assert not running(marker)


def test_a_file_that_exits_early_fails_unless_it_declares_it(snippet_file):
    early = snippet_file("import sys\n\nsys.exit(0)\nassert 1 == 2\n")
    assert "never ran" in problem(SnippetHeader("docs/x.md:3"), run_file(early, SnippetHeader("")))
    declared = SnippetHeader("docs/x.md:3", raises="SystemExit")
    assert problem(declared, run_file(early, declared)) is None


def test_a_file_runs_as_main_from_its_own_folder(snippet_file, tmp_path):
    snippet_file("VALUE = 7\n", name="helper.py")
    code = "from helper import VALUE\n\nassert __name__ == '__main__' and VALUE == 7\n"
    main = snippet_file(code, name="main.py")
    assert problem(SnippetHeader("x"), run_file(main, SnippetHeader("x"))) is None


def test_a_file_cannot_reach_another_host(snippet_file):
    if sandbox.probe_private_network() is None:
        pytest.skip("no private network namespace on this machine (user namespaces are off)")
    code = "import socket\n\nsocket.create_connection(('10.255.255.1', 80), timeout=30)\n"
    run = run_file(snippet_file(code), SnippetHeader("x"), timeout=60)
    assert run.returncode == 1 and "unreachable" in run.stderr, run
    assert run.seconds < 20


INTERRUPTED = """
import sys
from pathlib import Path
from verified_docs.results.store import Store
from verified_docs.run.standalone import StandaloneRuns

snippet = Path(sys.argv[1])
runs = StandaloneRuns(snippet.parent, [snippet], Store.empty(), {"id": "x"}, False)
try:
    runs.run(snippet)
finally:
    runs.close()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_an_interrupted_session_ends_the_running_files_and_their_folders(tmp_path):
    marker = unique_marker()
    snippet = tmp_path / "hang.py"
    code = f"import subprocess, time\n\nsubprocess.Popen(['sleep', '{marker}'])\ntime.sleep(600)\n"
    snippet.write_text(code)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    interrupt_harness(INTERRUPTED, snippet, marker, signal.SIGTERM, tmp)
    assert gone(marker, 5.0)
    assert not list(tmp.glob("standalone-*"))


@pytest.mark.parametrize(
    ("code", "raises"),
    [
        ("import os\n\nos._exit(0)\nraise AssertionError\n", None),
        ('import sys\n\nsys.stderr.write("w" * 70000)\nsys.exit(0)\nassert 0\n', None),
        ("import atexit, os\n\natexit.register(lambda: os._exit(0))\nraise RuntimeError\n", None),
        (
            "import os, sys\n\n"
            'sys.stderr.write("Traceback (most recent call last):\\nValueError: x\\n")\n'
            "os._exit(1)\n",
            "ValueError",
        ),
    ],
    ids=["os-exit", "exit-after-long-stderr", "exit-handler", "forged-traceback"],
)
def test_a_file_that_did_not_run_to_its_end_fails(snippet_file, code, raises):
    header = SnippetHeader("docs/x.md:3", raises=raises)
    assert problem(header, run_file(snippet_file(code), header, timeout=60)) is not None


def test_a_subclass_of_the_declared_exception_passes(snippet_file):
    header = SnippetHeader("docs/x.md:3", raises="OSError")
    code = "open('/no/such/file')\n"
    assert problem(header, run_file(snippet_file(code), header, timeout=60)) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a subreaper (Linux)")
def test_a_process_in_a_new_session_and_environment_ends_with_the_file(snippet_file):
    marker = unique_marker()
    code = (
        "import subprocess\n\n"
        f"subprocess.Popen(['sleep', '{marker}'], env={{'PATH': '/bin'}}, "
        "start_new_session=True)\n"
    )
    run = run_file(snippet_file(code), SnippetHeader("x"), timeout=60)
    assert run.returncode == 0, run
    assert gone(marker, 5.0)


def test_a_file_cannot_forge_how_it_ended(snippet_file):
    """The outcome file's name is random, given on no command line, written after the file's
    last line: a file that writes a guessed one and exits early still fails."""
    code = (
        "import glob, json, os\n\n"
        "for name in ['../outcome.json', *glob.glob('../outcome*')]:\n"
        "    with open(name, 'w') as file:\n"
        "        json.dump({'outcome': 'ok'}, file)\n"
        "os._exit(0)\n"
    )
    header = SnippetHeader("docs/x.md:3")
    assert problem(header, run_file(snippet_file(code), header, timeout=60)) is not None
