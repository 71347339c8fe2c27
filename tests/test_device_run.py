"""scripts/device-run.sh: the CUDA leg on the lent device machine (see the README)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "device-run.sh"

#: The device image's Python packages (the device tool's KINDS.md, read 2026-11-17), in the
#: part that matters here: what the engine and the snippets may import there.
DEVICE_IMAGE = [
    "attrs",
    "certifi",
    "charset-normalizer",
    "contourpy",
    "cycler",
    "filelock",
    "fonttools",
    "fsspec",
    "idna",
    "iniconfig",
    "jinja2",
    "kiwisolver",
    "markdown",
    "markdown-it-py",
    "markupsafe",
    "matplotlib",
    "mdurl",
    "mpmath",
    "networkx",
    "numpy",
    "packaging",
    "pandas",
    "pillow",
    "pip",
    "pluggy",
    "psutil",
    "pygments",
    "pyparsing",
    "pytest",
    "pytest-timeout",
    "python-dateutil",
    "pyyaml",
    "scipy",
    "setuptools",
    "six",
    "sympy",
    "torch",
    "torchaudio",
    "torchvision",
    "triton",
    "typing-extensions",
]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _carried() -> set[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    words = re.search(r'CARRIED="([^"]*)"', text).group(1).split()
    return {_normal(w) for w in words}


def test_the_script_is_valid_bash():
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash on this machine")
    subprocess.run([bash, "-n", str(SCRIPT)], check=True)


def test_what_the_engine_imports_is_on_the_device_or_carried():
    """Every package that loading the pytest plugin imports exists on the device or travels."""
    code = (
        "import sys, json, importlib.metadata as md\n"
        "before = set(sys.modules)\n"
        "import verified_docs.pytest_plugin\n"
        "mods = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "dists = md.packages_distributions()\n"
        "print(json.dumps(sorted({d for m in mods for d in dists.get(m, [])})))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    imported = {_normal(d) for d in json.loads(run.stdout)} - {"verified-pytorch-notes"}
    missing = imported - {_normal(n) for n in DEVICE_IMAGE} - _carried()
    assert not missing, f"add to CARRIED in {SCRIPT.name} (and rerun its `prepare`): {missing}"


def test_carried_wheels_do_not_shadow_the_image():
    """Two versions of a package stop the install there, and a carried copy would shadow it."""
    assert _carried() & {_normal(n) for n in DEVICE_IMAGE} == set()
