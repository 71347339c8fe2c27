"""Fashion-MNIST without a download: a small subset shipped in the repository, or the full set.

torchvision's ``FashionMNIST(root=R, download=True)`` skips the download when the
uncompressed IDX files exist under ``R/FashionMNIST/raw/``. :func:`prepare` puts
them there, from

1. the full data set, when ``VERIFIED_DOCS_FASHION_MNIST`` names a folder with the
   four original ``.gz`` files (CI points it at ``../shared/data/fashion-mnist``); or
2. the subset in ``data/fashion-mnist-subset/`` (2,000 training and 500 test images,
   the first of each file, xz-compressed, checked against ``SHA256SUMS``), made from
   the full set by ``python -m verified_docs fashion-mnist-subset SOURCE``.
"""

from __future__ import annotations

import gzip
import hashlib
import lzma
import os
import shutil
import tempfile
from pathlib import Path

from verified_docs.run.setups import data_digest, setup

ENV = "VERIFIED_DOCS_FASHION_MNIST"
if os.environ.get(ENV):  # absolute for the workers, which prepare from another directory
    os.environ[ENV] = os.path.abspath(os.environ[ENV])
SUBSET_DIR = Path(__file__).resolve().parents[2] / "data" / "fashion-mnist-subset"
FILES = {  # name: (header bytes, bytes per item)
    "train-images-idx3-ubyte": (16, 784),
    "train-labels-idx1-ubyte": (8, 1),
    "t10k-images-idx3-ubyte": (16, 784),
    "t10k-labels-idx1-ubyte": (8, 1),
}
SUBSET_SIZES = {"train": 2000, "t10k": 500}


class DataMissingError(RuntimeError):
    pass


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_subset(source: Path, target: Path = SUBSET_DIR) -> list[Path]:
    """Write the first 2,000 training and 500 test items of each file, and their checksums."""
    target.mkdir(parents=True, exist_ok=True)
    sums, written = [], []
    for name, (header, item) in FILES.items():
        data = gzip.decompress((source / f"{name}.gz").read_bytes())
        count = SUBSET_SIZES[name.split("-")[0]]
        head = data[:4] + count.to_bytes(4, "big") + data[8:header]
        subset = head + data[header : header + count * item]
        path = target / f"{name}.xz"
        path.write_bytes(lzma.compress(subset, preset=9 | lzma.PRESET_EXTREME))
        sums.append(f"{_sha256(subset)}  {name}\n")
        written.append(path)
    (target / "SHA256SUMS").write_text("".join(sums), encoding="utf-8")
    return written


def _full(folder: Path) -> dict[str, bytes]:
    missing = [f"{n}.gz" for n in FILES if not (folder / f"{n}.gz").is_file()]
    if missing:
        raise DataMissingError(f"{ENV}={folder} lacks {', '.join(missing)}")
    return {name: gzip.decompress((folder / f"{name}.gz").read_bytes()) for name in FILES}


def _subset() -> dict[str, bytes]:
    sums_file = SUBSET_DIR / "SHA256SUMS"
    if not sums_file.is_file():
        raise DataMissingError(
            "Fashion-MNIST is not available offline: the shipped subset "
            f"({SUBSET_DIR}) is missing and {ENV} is not set. Set {ENV} to a folder holding "
            "train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz "
            "and t10k-labels-idx1-ubyte.gz, or run the snippet where it can download them."
        )
    expected = dict(reversed(line.split()) for line in sums_file.read_text().splitlines())
    files = {}
    for name in FILES:
        data = lzma.decompress((SUBSET_DIR / f"{name}.xz").read_bytes())
        if _sha256(data) != expected[name]:
            raise DataMissingError(f"{SUBSET_DIR / name}.xz does not match SHA256SUMS")
        files[name] = data
    return files


def source() -> str:
    """Which data a run gets: ``full`` or ``subset``."""
    return "full" if os.environ.get(ENV) else "subset"


def data_files() -> list[Path]:
    """The files the data is read from, for the current source."""
    if os.environ.get(ENV):
        return [Path(os.environ[ENV]) / f"{name}.gz" for name in FILES]
    return [SUBSET_DIR / "SHA256SUMS", *(SUBSET_DIR / f"{name}.xz" for name in FILES)]


def _cache() -> Path:
    """Decompressed files, made once per content of the data source and shared by every run
    (which gets copies: a snippet that writes to its data cannot change the next run's)."""
    origin = os.environ.get(ENV) or str(SUBSET_DIR)
    key = data_digest(("fashion-mnist",))
    cache = Path(tempfile.gettempdir()) / f"verified-docs-fashion-mnist-{key}"
    if not all((cache / name).is_file() for name in FILES):
        files = _full(Path(origin)) if os.environ.get(ENV) else _subset()
        cache.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            tmp = cache / f".{name}.{os.getpid()}"
            tmp.write_bytes(data)
            tmp.replace(cache / name)
    return cache


def prepare(workdir: Path) -> Path:
    """Make ``workdir/data/FashionMNIST/raw`` hold the four IDX files; return that folder."""
    raw = workdir / "data" / "FashionMNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    cache = _cache()
    for name in FILES:
        if not (raw / name).exists():
            shutil.copyfile(cache / name, raw / name)
    return raw


def _subset_reason() -> str | None:
    if source() == "subset":
        return f"the shipped Fashion-MNIST subset stands in for the full set ({ENV} is not set)"
    return None


@setup("fashion-mnist", data_files=data_files, stand_in=_subset_reason, real_data_env=ENV)
def prepare_workdir(workdir: Path) -> None:
    """``data/FashionMNIST/raw/`` for ``datasets.FashionMNIST(root="data", download=True)``."""
    prepare(workdir)
