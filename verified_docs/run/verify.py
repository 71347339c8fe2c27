"""One way to verify a block on a device: run it, judge it, record it.

The pytest plugin, ``make serve`` and the device script all call :func:`verify`, so each
carries the same protections (the sandbox of the runner, the repository guard) and the same
verdict, and stores the same result under the same key.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from verified_docs.model.directives import release
from verified_docs.model.page import CodeBlock, RunSpec
from verified_docs.results import outputs
from verified_docs.results.snippets import segments, snippet_relpath
from verified_docs.results.store import Result, block_key, item_id, now
from verified_docs.run import verdict
from verified_docs.run.guard import RepoGuard
from verified_docs.run.runner import Runner, RunResult
from verified_docs.run.setups import stand_in


@dataclass
class Verification:
    run: RunResult
    problem: str | None  # why the run does not verify the block; None when it does
    result: Result


def own_skip(spec: RunSpec, device: str) -> str | None:
    """Why a block skips ``device`` by its own marks (outside pytest, which evaluates them
    itself as marks: ``make serve``), or None."""
    if spec.skip_reason and (spec.skipif is None or eval(spec.skipif, _SKIPIF_NAMES)):
        return spec.skip_reason
    if device not in spec.devices:
        return f"the block runs only on: {', '.join(spec.devices)}"
    return too_old(spec.since)


def too_old(since: tuple[tuple[str, str], ...]) -> str | None:
    """Why this environment is older than a block's ``<!--snippet:since-->``, or None. Reads
    the installed versions without importing torch."""
    for package, version in since:
        if package == "python":
            here: str | None = platform.python_version()
        else:
            try:
                here = importlib.metadata.version(package)
            except importlib.metadata.PackageNotFoundError:
                here = None
        if here is None or release(here) < release(version):
            found = f"{package} {here} here" if here else f"no {package} here"
            return f"needs {package} {version} or newer ({found})"
    return None


_SKIPIF_NAMES = {"os": os, "sys": sys, "platform": platform}  # what pytest gives a condition


def record(
    block: CodeBlock, leg: str, env: dict, status: str, run: RunResult | None = None, detail=""
) -> Result:
    """The stored result of ``block`` on ``leg`` (``cpu``, ``cpu-spawn``, ``cuda``, ``mps``)."""
    measured = run is not None and outputs.measured(block)
    return Result(
        item=item_id(block, leg),
        device=leg,
        key=block_key(block),
        environment=env["id"],
        status=status,
        seconds=round(run.seconds if run else 0.0, 4),
        date=now(),
        detail=detail[:2000],
        page=block.page.as_posix(),
        line=block.line,
        snippet=snippet_relpath(block).as_posix(),
        device_bytes=run.device_bytes if run else 0,
        output=run.block_stdout[:4000] if measured else "",
        machine=run.machine if measured else None,
    )


def _compiles(block: CodeBlock) -> bool:
    """Whether the block compiles code: what torch.compile runs as a graph, the interpreter,
    and so the line recorder, never sees."""
    return any(name in b.code for b in block.chain for name in ("torch.compile", "torch._dynamo"))


def verify(
    block: CodeBlock,
    snippet: Path,
    runner: Runner,
    env: dict,
    *,
    spawn: bool = False,
    guard: RepoGuard | None = None,
    check_output: bool = True,
    record_lines: bool | None = None,
) -> Verification:
    """Run ``snippet`` (the block's file) on the runner's device and judge it.

    ``guard`` watches the author's files: a snippet that changed one fails by name.
    ``check_output=False`` when the output is about to be rewritten from this run.
    ``record_lines``: note which of the block's lines did not run (default: yes, unless
    ``VERIFIED_DOCS_RECORD_LINES=0``). Blocks that compile code are not noted (a marking
    call inside a compiled function would change what the compiler sees). In a measurement
    the calls cost about 0.1 microseconds per statement run, far below what pages time.
    """
    ranges = segments(block)
    if record_lines is None:
        record_lines = os.environ.get("VERIFIED_DOCS_RECORD_LINES") != "0"
    record_lines = record_lines and not _compiles(block)
    measure = outputs.measured(block)
    run = runner.run(
        snippet,
        block.spec,
        spawn=spawn,
        segments=ranges,
        record_lines=record_lines,
        measure=measure,
    )
    changed = guard.check() if guard else None
    problem = changed or verdict.failure(block, run, runner.device, check_output=check_output)
    if problem:
        detail = problem
    elif block.output is not None and stand_in(block.spec.setups):
        detail = f"output not compared: {stand_in(block.spec.setups)}"
    else:
        detail = ""
    leg = runner.device + ("-spawn" if spawn else "")
    status = "failed" if problem else "passed"
    result = record(block, leg, env, status, run, detail)
    if run.not_run is not None:  # in each block's own lines, counted from its first
        by_block = [
            [n - start + 1 for n in run.not_run if start <= n <= end] for start, end in ranges
        ]
        result.not_run = by_block[-1]
        result.chain_not_run = by_block[:-1] or None  # the blocks it continues (block.chain)
    return Verification(run, problem, result)
