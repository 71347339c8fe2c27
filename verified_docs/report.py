"""The machine-readable verification report: what ran, where, when, and how it went.

One JSON file per test run (``build/verification/report.json`` by default):
per snippet and device, the status and seconds, with the torch version, the
device names and the date, so that the site can show only runs that happened.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path

DEFAULT_PATH = Path("build/verification/report.json")


@dataclass
class Entry:
    page: str
    line: int
    snippet: str
    name: str
    device: str
    status: str  # passed | failed | skipped
    seconds: float
    detail: str = ""


@dataclass
class Report:
    environment: dict[str, object] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)

    def summary(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for entry in self.entries:
            per_device = counts.setdefault(entry.device, {"passed": 0, "failed": 0, "skipped": 0})
            per_device[entry.status] += 1
        return counts

    def to_json(self) -> str:
        data = {
            "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "environment": self.environment,
            "summary": self.summary(),
            "results": [
                asdict(e) for e in sorted(self.entries, key=lambda e: (e.page, e.name, e.device))
            ],
        }
        return json.dumps(data, indent=2) + "\n"

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(self.to_json(), encoding="utf-8")
        tmp.replace(path)


def environment(devices: dict[str, object], root: Path) -> dict[str, object]:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = None
    return {
        "torch": devices.get("torch"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit,
        "devices": {
            "cpu": devices.get("cpu") or platform.machine(),
            "cuda": devices.get("cuda"),
            "mps": devices.get("mps"),
        },
    }
