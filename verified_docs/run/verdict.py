"""Whether a run proves what its block claims: one judgement for pytest and for ``make serve``."""

from __future__ import annotations

import re

from verified_docs.model.page import CodeBlock
from verified_docs.results import outputs
from verified_docs.run.runner import RunResult
from verified_docs.run.setups import stand_in


def _is_image(name: str, data: bytes) -> bool:
    if name.endswith(".png"):
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    return b"<svg" in data[:4096]


def _uses_accelerator(block: CodeBlock) -> bool:
    return any("torch.accelerator" in b.code for b in block.chain)


def outcome_problem(raises: str | None, match: str | None, result: RunResult) -> str | None:
    """Whether the run ended as declared: raising ``raises`` (its message matching ``match``),
    or finishing without error. The standalone runs of snippet files judge by it too."""
    if not raises:
        return None if result.outcome == "ok" else result.describe()
    if not result.raised(raises):
        got = "it finished without error" if result.outcome == "ok" else result.describe()
        return f"expected {raises} to be raised, but {got}"
    if match and not re.search(match, result.message):
        return f"{raises} was raised, but its message {result.message!r} does not match {match!r}"
    return None


def _output(block: CodeBlock, result: RunResult) -> str | None:
    output = block.output
    if output is None or stand_in(block.spec.setups):
        return None
    where = f"{block.page.as_posix()}:{output.line}"
    if output.mode == "exact" and result.stdout != result.block_stdout:
        return (
            f"the exact output at {where} is on a continued block whose earlier blocks "
            "print too (pytest-codeblocks compares the whole chain): use "
            "<!--snippet:output--> there"
        )
    if not outputs.matches(output, result.block_stdout):
        return f"output differs from the fence at {where} (run `make outputs`):\n" + outputs.diff(
            output.text, result.block_stdout, where
        )
    return None


def failure(
    block: CodeBlock, result: RunResult, device: str, *, check_output: bool = True
) -> str | None:
    """Why this run does not verify the block, or None when it does.

    ``check_output=False`` when the output is about to be rewritten from this run.
    """
    problem = outcome_problem(block.spec.raises, block.spec.raises_match, result)
    # A measurement's text names its machine: on an accelerator it is recorded, shown beside
    # the CPU's figures, and not compared with the page (which shows the CPU's).
    check_output = check_output and not (device != "cpu" and outputs.measured(block))
    problem = problem or (_output(block, result) if check_output else None)
    if problem:
        return problem
    missing = [name for name in block.spec.figures if name not in result.files]
    if missing:
        return f"the block declares figure {missing[0]} but did not write it in its directory"
    for name, data in result.files.items():
        if not _is_image(name, data):
            return f"{name} is not a valid {name.rpartition('.')[2].upper()} file"
    if device != "cpu" and _uses_accelerator(block) and result.device_bytes == 0:
        return (
            f"the snippet uses torch.accelerator but allocated no memory on {device}: "
            "it silently ran on the CPU"
        )
    return None
