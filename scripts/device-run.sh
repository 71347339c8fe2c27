#!/usr/bin/env bash
# The CUDA leg: every block in docs/ run on `cuda` and on `cpu` with this machine's own
# torch, the results written as a report in the project's store format into $OUT.
#
#   scripts/device-run.sh prepare     here, with network or pip's local index: download the
#                                     wheels the device lacks (cp312) into build/device-wheels
#   OUT=DIR scripts/device-run.sh [PAGE.md...]
#                                     on the device (or a rehearsal): install the carried wheels,
#                                     run the pages (default: all of docs/) under a time
#                                     guard, and write into $OUT:
#                                       <report>.json   the results (e.g. cuda-h200-torch2.11.json)
#                                       summary.txt     counts per leg, failures, device use, and
#                                                       what measurement blocks printed on cuda
#                                       device-run.log  everything printed
#
# Needs: python3 with torch, torchvision, numpy, matplotlib, pytest, pytest-timeout and
# markdown-it-py; no MkDocs, no network, no project .venv. DEVICE_RUN_BUDGET (seconds, default
# 280) bounds the two legs together: at the limit a leg is interrupted and the results so far
# are saved. DEVICE_RUN_LEGS="cuda" skips the cpu leg; DEVICE_RUN_PYTEST_ARGS adds pytest options.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
WHEELS=${DEVICE_RUN_WHEELS:-build/device-wheels}
# Wheels the device image lacks (none today: psutil and filelock are there, the line recorder
# is the standard library's). The run layer imports no nbformat and no MkDocs.
CARRIED=""

if [ "${1:-}" = prepare ]; then
    rm -rf "$WHEELS" && mkdir -p "$WHEELS"
    [ -n "$CARRIED" ] || { echo "nothing to carry"; exit 0; }
    # shellcheck disable=SC2086
    $PY -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
        --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
        --platform manylinux2014_x86_64 -d "$WHEELS" $CARRIED || exit 1
    ls -l "$WHEELS" && du -sh "$WHEELS"
    exit 0
fi

: "${OUT:?set OUT to the folder the report is written into}"
BUDGET=${DEVICE_RUN_BUDGET:-280}  # both legs together
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
               "markdown_it", "psutil", "filelock", "verified_docs.pytest_plugin"):
    try:
        importlib.import_module(module)
    except Exception as error:  # report every missing piece at once
        missing.append(f"{module}: {error!r}")
if missing:
    sys.exit("cannot run: " + "; ".join(missing))
import platform, torch, torchvision
print("python", platform.python_version(), "torch", torch.__version__, "torchvision",
      torchvision.__version__, "cuda", torch.version.cuda, "available",
      torch.cuda.is_available(), file=sys.stderr)
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
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total \
    --format=csv,noheader

# The suite, the cuda leg first (it is what only this machine can do), then the cpu leg
# (cpu and cpu-spawn items: this machine's torch as its own data point) in the time left.
# At its limit a leg gets SIGINT, stops, and still saves what it has (timeout exits 124).
leg() {  # leg NAME SECONDS -k-EXPRESSION
    echo "== $1 leg, at most $2 s"
    timeout --signal=INT --kill-after=30 "$2" \
        $PY -m pytest -p pytest_timeout -p verified_docs.pytest_plugin -p no:cacheprovider \
        --verification-store "$REPORT" -q -rfE --durations=5 -k "$3" \
        ${DEVICE_RUN_PYTEST_ARGS:-} "${TARGETS[@]}"
    local status=$?
    echo "== $1 leg: pytest exit status $status, $(( $(date +%s) - START )) s since start"
    [ "$status" = 124 ] && INTERRUPTED="$INTERRUPTED $1"
    [ "$status" = 0 ] || [ "$status" = 5 ] || STATUS=1  # 5: nothing collected
}
TARGETS=("${@:-docs}")
STATUS=0 INTERRUPTED=""
case " ${DEVICE_RUN_LEGS:-cuda cpu} " in *" cuda "*) leg cuda "$(( BUDGET - ($(date +%s) - START) ))" "[cuda]";; esac
LEFT=$(( BUDGET - ($(date +%s) - START) ))
case " ${DEVICE_RUN_LEGS:-cuda cpu} " in
    *" cpu "*) if [ "$LEFT" -ge 20 ]; then leg cpu "$LEFT" "not [cuda] and not [mps]"
               else INTERRUPTED="$INTERRUPTED cpu(not started)"; fi;;
esac

# What the report says, with the figures the measurement blocks printed on the GPU.
$PY - "$REPORT" "$OUT" "$INTERRUPTED" <<'EOF'
import collections, json, sys
from pathlib import Path

report, out, interrupted = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
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
        if r["device"] == "cuda" and r.get("output"):
            lines.append(f"MEASURED {r['item']}\n    " + r["output"].rstrip().replace("\n", "\n    "))
    for r in data["results"]:
        if r["status"] == "failed":
            lines.append(f"FAILED {r['item']} ({r['page']}:{r['line']})\n    "
                         + r["detail"].replace("\n", "\n    "))
if interrupted.strip():
    lines.append(f"stopped at the time budget, so the report is partial: {interrupted.strip()}")
(out / "summary.txt").write_text("\n".join(lines) + "\n")
print("\n".join(lines))

EOF
rm -f "$OUT"/*.lock
exit "$STATUS"
