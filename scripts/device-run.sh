#!/usr/bin/env bash
# The CUDA leg: every block in docs/ run on `cuda` and on `cpu` with this machine's own
# torch, the results written as a report in the project's store format into $OUT.
#
#   scripts/device-run.sh prepare     here, with network or pip's local index: download the
#                                     pure-Python wheels the device lacks into build/device-wheels
#   OUT=DIR scripts/device-run.sh [PAGE.md...]
#                                     on the device (or a rehearsal): install the carried wheels,
#                                     run the pages (default: all of docs/) under a time
#                                     guard, and write into $OUT:
#                                       <report>.json   the results (e.g. cuda-h200-torch2.11.json)
#                                       summary.txt     counts per leg, failures, device use
#                                       measurements.txt  stdout of measurement blocks on the device
#                                       device-run.log  everything printed
#
# Needs: python3 with torch, torchvision, numpy, matplotlib, pytest, pytest-timeout and
# markdown-it-py; no MkDocs, no network, no project .venv. DEVICE_RUN_BUDGET (seconds, default
# 330) bounds the pytest run: at the limit it is interrupted and the results so far are saved.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
WHEELS=${DEVICE_RUN_WHEELS:-build/device-wheels}
# Not in the device image (nbformat is imported by the engine); attrs and typing-extensions are.
CARRIED="nbformat fastjsonschema jsonschema jsonschema-specifications referencing rpds-py
    jupyter-core traitlets platformdirs"

if [ "${1:-}" = prepare ]; then
    rm -rf "$WHEELS" && mkdir -p "$WHEELS"
    # shellcheck disable=SC2086
    $PY -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
        --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
        --platform manylinux2014_x86_64 -d "$WHEELS" $CARRIED || exit 1
    ls -l "$WHEELS" && du -sh "$WHEELS"
    exit 0
fi

: "${OUT:?set OUT to the folder the report is written into}"
BUDGET=${DEVICE_RUN_BUDGET:-330}
START=$(date +%s)
mkdir -p "$OUT"
exec > >(tee "$OUT/device-run.log") 2>&1

if compgen -G "$WHEELS/*.whl" >/dev/null; then
    SITE=$(mktemp -d /tmp/device-site.XXXX)
    $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target "$SITE" \
        "$WHEELS"/*.whl || exit 2
    export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONUNBUFFERED=1 PYTEST_DISABLE_PLUGIN_AUTOLOAD=1  # the image's other pytest plugins stay out

NAME=$($PY - <<'EOF'
import importlib, re, sys
missing = []
for module in ("torch", "torchvision", "numpy", "matplotlib", "pytest", "pytest_timeout",
               "markdown_it", "nbformat", "verified_docs.pytest_plugin"):
    try:
        importlib.import_module(module)
    except Exception as error:  # report every missing piece at once
        missing.append(f"{module}: {error!r}")
if missing:
    sys.exit("cannot run: " + "; ".join(missing))
import torch
version = ".".join(torch.__version__.split("+")[0].split(".")[:2])
if torch.cuda.is_available():
    gpu = re.sub(r"[^a-z0-9]+", "-", torch.cuda.get_device_name(0).lower().replace("nvidia", ""))
    print(f"cuda-{gpu.strip('-')}-torch{version}")
else:
    print(f"cpu-torch{version}")
EOF
) || exit 3
REPORT="$OUT/$NAME.json"
echo "report: $REPORT"
$PY -c 'import sys, torch, torchvision, platform
print("python", platform.python_version(), "torch", torch.__version__, "torchvision",
      torchvision.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available())
if torch.cuda.is_available(): print("gpu", torch.cuda.get_device_name(0))'
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total \
    --format=csv,noheader

# The suite: one pytest item per block and device; cuda items skip where there is no GPU.
# At the budget pytest gets SIGINT, stops, and still saves what it has (timeout exits 124).
timeout --signal=INT --kill-after=60 "$BUDGET" \
    $PY -m pytest -p pytest_timeout -p verified_docs.pytest_plugin -p no:cacheprovider \
    --verification-store "$REPORT" -q -rfE --durations=10 ${DEVICE_RUN_PYTEST_ARGS:-} "${@:-docs}"
STATUS=$?
echo "pytest exit status: $STATUS ($(( $(date +%s) - START )) s since start)"

# What the report says, and the device's figures of the measurement blocks.
LEFT=$(( BUDGET + 60 - ($(date +%s) - START) ))
$PY - "$REPORT" "$OUT" "$STATUS" "$LEFT" <<'EOF'
import collections, json, os, subprocess, sys, tempfile, time
from pathlib import Path

from verified_docs.extract import snippet_relpath
from verified_docs.parse import parse_docs
from verified_docs.setups import prepare

report, out, status, left = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
lines = []
if not report.exists():
    lines.append("no report was written")
else:
    data = json.loads(report.read_text())
    for env in data["environments"].values():
        lines.append(f"environment {env['id']}: {env['device']} {env['device_name']}, "
                     f"torch {env['torch']}, torchvision {env['torchvision']}, "
                     f"python {env['python']}")
    counts = collections.Counter((r["device"], r["status"]) for r in data["results"])
    for (device, state), n in sorted(counts.items()):
        lines.append(f"{device:10} {state:8} {n}")
    used = [r for r in data["results"] if r["device"] == "cuda" and r["device_bytes"] > 0]
    lines.append(f"cuda items that allocated device memory: {len(used)}")
    lines += [f"  {r['item']} ({r['device_bytes']} bytes)" for r in used]
    for r in data["results"]:
        if r["status"] == "failed":
            lines.append(f"FAILED {r['item']} ({r['page']}:{r['line']})\n    "
                         + r["detail"].replace("\n", "\n    "))
if status == 124:
    lines.append("the run was interrupted at its time budget: the report is partial")
(out / "summary.txt").write_text("\n".join(lines) + "\n")
print("\n".join(lines))

# Measurement blocks (outputs checked with rtol=inf) run once more, alone, on this machine's
# accelerator, so that their figures for it are kept (the report keeps no stdout).
import torch
if not torch.cuda.is_available() or left < 30:
    sys.exit(0)
deadline = time.monotonic() + left - 20
root = Path.cwd()
measured = []
for page in parse_docs(root / "docs", root):
    for block in page.blocks:
        if block.output and block.output.rtol == float("inf") and "cuda" in block.devices:
            if "accelerator" in "".join(b.code for b in block.chain):
                measured.append(block)
with open(out / "measurements.txt", "w") as sink:
    sink.write(f"# {torch.cuda.get_device_name(0)}, torch {torch.__version__}\n")
    for block in measured:
        remaining = deadline - time.monotonic()
        if remaining < 10:
            sink.write(f"\n## not run (time budget): {block.page}:{block.line}\n")
            continue
        work = Path(tempfile.mkdtemp(prefix="measure-"))
        prepare(block.setups, work)
        snippet = root / snippet_relpath(block)
        try:
            run = subprocess.run([sys.executable, str(snippet)], cwd=work, capture_output=True,
                                 text=True, timeout=min(block.timeout, remaining))
            text = run.stdout + (f"\n[exit {run.returncode}]\n{run.stderr[-2000:]}"
                                 if run.returncode else "")
        except subprocess.TimeoutExpired:
            text = "[timed out]"
        sink.write(f"\n## {block.page}:{block.line} {snippet_relpath(block)}\n{text}")
        sink.flush()
EOF
exit "$STATUS"
