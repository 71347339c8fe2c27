"""Verification results keyed by exactly what ran, merged across runs and machines.

A result belongs to one *item* (``docs/x.md::03_views[cpu]``, or a snippet file run
standalone) in one *environment* (Python, torch, torchvision, platform, device, and
hashes of the tooling and of the installed packages). Its *key* hashes what ran: the
code of the block and the blocks it continues, its directives, the output it must
print and the content of its set-ups' data. A result says "verified" only for the
key it was made with; once the block changes, it is history.

Every test run merges into one store (``build/verification/results.json``): it
replaces the results it made and keeps the rest. Reports from other machines are
files of the same format under ``reports/``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path

from filelock import FileLock

from verified_docs.model.page import CodeBlock
from verified_docs.results.snippets import body

FORMAT = 3
DEFAULT_PATH = Path("build/verification/results.json")
REPORTS_DIR = Path("reports")
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _digest(data: object) -> str:
    text = data if isinstance(data, str) else json.dumps(data, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _output(block: CodeBlock) -> list | None:
    """What the block must print (where on the page it is shown is not part of it)."""
    output = block.output
    return None if output is None else [output.mode, output.rtol, output.text]


def block_key(block: CodeBlock) -> str:
    """What a block's result depends on: its program, its directives, its data."""
    from verified_docs.run.setups import data_digest

    return _digest(
        {
            "code": body(block),
            "spec": dataclasses.asdict(block.spec),  # every field: a new one changes the key
            "output": _output(block),
            "data": data_digest(block.spec.setups),
        }
    )


def file_key(text: str, setups: tuple[str, ...]) -> str:
    """What a standalone run of a snippet file depends on."""
    from verified_docs.run.setups import data_digest

    return _digest({"file": text, "data": data_digest(setups)})


#: The code that decides a result: running and judging, not how the site shows it.
OUTCOME_CODE = ("run/*.py", "results/outputs.py")


@functools.cache
def tooling_digest() -> str:
    paths = sorted(p for pattern in OUTCOME_CODE for p in PACKAGE_DIR.glob(pattern))
    return _digest({p.relative_to(PACKAGE_DIR).as_posix(): p.read_text("utf-8") for p in paths})


def cpu_name() -> str:
    """The CPU's model name where the system tells it, else the architecture."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()} ({os.cpu_count()} cores)"
    return f"{platform.processor() or platform.machine()} ({os.cpu_count()} cores)"


@functools.cache
def host_id() -> str:
    """This machine, as a hash of its name and (where there is one) its machine id."""
    machine = ""
    with contextlib.suppress(OSError):
        machine = Path("/etc/machine-id").read_text().strip()
    return _digest([platform.node(), machine])


def item_id(block: CodeBlock, leg: str) -> str:
    """A block's result on one leg (``cpu``, ``cpu-spawn``, ``cuda``, ``mps``), named as pytest
    names its item: ``docs/x.md::03_views[cpu]``."""
    return f"{block.page.as_posix()}::{block.name}[{leg}]"


@functools.cache
def packages_digest() -> str:
    versions = sorted(
        f"{d.metadata['Name']}=={d.version}"
        for d in importlib.metadata.distributions()
        if d.metadata["Name"]
    )
    return _digest(versions)


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def environment(device: str, device_name: str) -> dict[str, str | None]:
    """Where a result was made; its id is a hash of all of it. A device without its real name
    (a run that never reached it) makes no environment."""
    if not device_name or device_name == "None":
        raise ValueError(f"no device name for {device!r}: a result needs the device it ran on")
    env = {
        "device": device,
        "device_name": device_name,
        "python": platform.python_version(),
        "torch": _version("torch"),
        "torchvision": _version("torchvision"),
        "platform": platform.platform(),
        "tooling": tooling_digest(),
        "packages": packages_digest(),
        "host": host_id(),
    }
    return {"id": _digest(env), **env}


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class Result:
    item: str  # docs/x.md::03_views[cpu], or standalone::snippets/x/03_views.py
    device: str  # cpu, cpu-spawn, cuda, mps, standalone
    key: str
    environment: str  # an environment id
    status: str  # passed | failed | skipped
    seconds: float
    date: str
    detail: str = ""
    page: str = ""
    line: int = 0
    snippet: str = ""
    device_bytes: int = 0
    output: str = ""  # what a measurement printed, to show beside this machine's figures
    not_run: list[int] | None = None  # the block's statement lines that did not run (1-based)
    chain_not_run: list[list[int]] | None = None  # the same for each block it continues
    machine: dict | None = None  # a measurement's conditions (run/worker.py: machine_state)


@dataclass
class Store:
    """Results by (item, environment id), and the environments they were made in."""

    environments: dict[str, dict]
    results: dict[tuple[str, str], Result]
    source: str = ""  # the file it was read from, relative to the repository

    @classmethod
    def empty(cls, source: str = "") -> Store:
        return cls({}, {}, source)

    @classmethod
    def load(cls, path: Path, source: str = "") -> Store:
        """The store in ``path``; empty if it is missing or of an older format."""
        store = cls.empty(source or str(path))
        with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT:
                _check_names(data["environments"], store.source)
                store.environments = data["environments"]
                for entry in data["results"]:
                    result = Result(**entry)
                    store.results[(result.item, result.environment)] = result
        return store

    def add(self, result: Result, env: dict) -> None:
        self.environments[env["id"]] = env
        self.results[(result.item, result.environment)] = result

    def merge(self, newer: Store) -> None:
        """Take every result of ``newer``, keep every other result of this store."""
        self.environments.update(newer.environments)
        self.results.update(newer.results)

    def reusable(self, item: str, key: str, env_id: str) -> Result | None:
        """A passing result of this very code in this very environment."""
        result = self.results.get((item, env_id))
        if result and result.key == key and result.status in {"passed", "skipped"}:
            return result
        return None

    def to_json(self) -> str:
        used = {env for _, env in self.results}
        data = {
            "format": FORMAT,
            "environments": {k: v for k, v in sorted(self.environments.items()) if k in used},
            "results": [asdict(r) for _, r in sorted(self.results.items())],
        }
        return json.dumps(data, indent=1) + "\n"

    def save(self, path: Path) -> None:
        """Merge into the store on disk (under a lock, so parallel runs lose nothing)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(path.with_suffix(".lock")):
            merged = Store.load(path)
            merged.merge(self)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(merged.to_json(), encoding="utf-8")
            tmp.replace(path)


def _check_names(environments: dict[str, dict], source: str) -> None:
    """Refuse results whose environment does not name its device (such a report claims a
    device it cannot show)."""
    for env_id, env in environments.items():
        if not env.get("device_name") or env.get("device_name") == "None":
            raise ValueError(
                f"{source}: environment {env_id} has no device name ({env.get('device')!r}): "
                "a report must name the device its results ran on; remove it or rerun it"
            )


def load_all(root: Path) -> list[Store]:
    """The local store first, then every committed report, oldest name first."""
    stores = [Store.load(root / DEFAULT_PATH, DEFAULT_PATH.as_posix())]
    for path in sorted((root / REPORTS_DIR).glob("*.json")):
        stores.append(Store.load(path, path.relative_to(root).as_posix()))
    return stores
