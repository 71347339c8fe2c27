"""The engine's layers: what each may import, and what reading the docs costs."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from support import ROOT

PACKAGE = ROOT / "verified_docs"
#: Lower layers: the libraries none of their modules may import (at any depth of a module),
#: and the only parts of the package they may use.
FORBIDDEN = ("mkdocs", "material", "nbformat", "nbclient", "pytest")
ALLOWED_INSIDE = {
    "model": ("verified_docs.model", "verified_docs.run.setups"),
    "run": ("verified_docs.model", "verified_docs.run", "verified_docs.results"),
    "results": ("verified_docs.model", "verified_docs.results", "verified_docs.run.setups"),
}


def imported_names(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("layer", sorted(ALLOWED_INSIDE))
def test_lower_layers_import_neither_mkdocs_nor_nbformat_nor_the_site(layer):
    paths = sorted((PACKAGE / layer).glob("*.py"))
    assert len(paths) > 2
    problems = []
    for path in paths:
        for name in imported_names(path):
            if name.startswith("verified_docs"):
                bad = not name.startswith(ALLOWED_INSIDE[layer])
            else:
                bad = name.startswith(FORBIDDEN) or (layer == "model" and name == "torch")
            if bad:
                problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("module", ["verified_docs.model.page", "verified_docs.cli"])
def test_reading_the_docs_imports_no_torch(module):
    code = (
        f"import sys, pathlib, {module}\n"
        "import verified_docs.project\n"
        "from verified_docs.model.page import parse_docs\n"
        "parse_docs(pathlib.Path('docs'), pathlib.Path('.'))\n"
        "heavy = sorted({'torch', 'nbformat', 'mkdocs', 'pytest'} & set(sys.modules))\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
