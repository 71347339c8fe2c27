"""The version matrix: every block run on the CPU with another torch and Python.

``python -m verified_docs matrix --torch 2.10.0 --python 3.12`` (``make matrix``) builds a side
environment for that combination under ``build/matrix/`` from the package registry (kept between
runs), runs ``docs/`` there with this engine (the pytest plugin, CPU legs only), and merges the
results into a report in the store's format under ``reports/``: ``cpu-py3.12-torch2.10.json``.
Blocks with a current result in the report are not run again (``--fresh``: all of them).
Like the GPU report, it stays current per block while the block's key is unchanged; the site
shows it as one more environment, and each page the range of versions it passed on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from filelock import FileLock, Timeout

import verified_docs.project  # noqa: F401 (registers the project's set-ups)
from verified_docs.results.store import Store
from verified_docs.run.setups import shipped_data

#: torchvision's release for each torch minor (torchvision pins torch exactly). torch 2.15 has
#: no torchvision of its own yet: 0.29.2 accepts it.
TORCHVISION = {
    "2.6": "0.21.0", "2.7": "0.22.1", "2.8": "0.23.0", "2.9": "0.24.1", "2.10": "0.25.0",
    "2.11": "0.26.0", "2.12": "0.27.0", "2.13": "0.28.0", "2.14": "0.29.1", "2.15": "0.29.2",
}  # fmt: skip
#: What the run layer and the snippets import besides torch and torchvision (no MkDocs, no
#: notebook tooling: the side environment only runs blocks).
RUN_DEPENDENCIES = (
    "numpy", "matplotlib", "safetensors", "pyyaml", "markdown-it-py", "psutil", "filelock",
    "pytest", "pytest-timeout",
)  # fmt: skip
MATRIX_DIR = Path("build/matrix")


def minor(version: str) -> str:
    return ".".join(version.split("+")[0].split(".")[:2])


def report_name(torch: str, python: str) -> str:
    return f"cpu-py{minor(python)}-torch{minor(torch)}.json"


def find_python(version: str) -> Path:
    """The interpreter for ``version`` (``3.12``): pyenv's, else one on PATH."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = sorted(root.glob(f"{version}.*/bin/python{minor(version)}")) if root.is_dir() else []
    if found:
        return found[-1]
    on_path = shutil.which(f"python{minor(version)}")
    if on_path is None:
        raise SystemExit(f"no Python {version} here (pyenv install {version}, or put it on PATH)")
    return Path(on_path)


def requirements(torch: str, torchvision: str | None) -> list[str]:
    vision = torchvision or TORCHVISION.get(minor(torch))
    if vision is None:
        raise SystemExit(f"no torchvision known for torch {torch}: give --torchvision")
    return [f"torch=={torch}", f"torchvision=={vision}", *RUN_DEPENDENCIES]


def build_environment(root: Path, python: str, wanted: list[str]) -> Path:
    """The side environment's interpreter, created or updated when ``wanted`` changed.

    pip reads no configuration file here (``PIP_CONFIG_FILE=os.devnull``): a machine-wide
    constraint that caps torch for the main environment must not decide this one.
    """
    name = f"py{minor(python)}-{wanted[0].replace('==', '')}"
    venv = root / MATRIX_DIR / name
    stamp = venv / "requirements.txt"
    interpreter = venv / "bin" / "python"
    if stamp.exists() and stamp.read_text().split() == wanted and interpreter.exists():
        return interpreter
    subprocess.run([str(find_python(python)), "-m", "venv", "--clear", str(venv)], check=True)
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    pip = [str(interpreter), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *wanted], check=True, env=env)
    stamp.write_text("\n".join(wanted) + "\n")
    return interpreter


def run_pages(root: Path, interpreter: Path, report: Path, pages: list[str], fresh: bool) -> int:
    """Every CPU leg of ``pages`` (default: all of docs/) in the side environment that has no
    current result in ``report``, merged into it (``fresh``: the report starts anew)."""
    if fresh and report.exists():
        report.unlink()
    command = [
        str(interpreter), "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rfE",
        "--verification-store", str(report), "--reuse-results",
        "-k", "not [cuda] and not [mps]", *(pages or ["docs"]),
    ]  # fmt: skip
    with shipped_data():  # the same data in every cell
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, cwd=root, env=env).returncode


def drop_figures(report: Path) -> None:
    """Keep what a measurement printed out of the report: the matrix runs two cells at a time
    on a shared machine, so its figures are no measurement (the pages show their own, taken
    under the protocol of results/measurements.py)."""
    store = Store.load(report, report.name)
    for result in store.results.values():
        result.output, result.machine = "", None
    report.write_text(store.to_json(), encoding="utf-8")


def main(
    root: Path, torch: str, python: str, torchvision: str | None, pages: list[str], fresh: bool
) -> int:
    wanted = requirements(torch, torchvision)
    (root / MATRIX_DIR).mkdir(parents=True, exist_ok=True)
    try:  # a report written beside a run fails the block running then (the repository guard)
        with FileLock(root / MATRIX_DIR / "run.lock", blocking=False):
            interpreter = build_environment(root, python, wanted)
            report = root / "reports" / report_name(torch, python)
            report.parent.mkdir(exist_ok=True)
            status = run_pages(root, interpreter, report, pages, fresh)
    except Timeout:
        raise SystemExit(
            "another make matrix runs in this checkout: run cells one after another, or from "
            "another checkout (git worktree add)"
        ) from None
    report.with_suffix(".lock").unlink(missing_ok=True)
    if report.exists():
        drop_figures(report)
    print(f"report: {report.relative_to(root)} (pytest exit status {status})", file=sys.stderr)
    return 0 if report.exists() else 1
