"""``python -m verified_docs format``: each ``python`` fence in the docs formatted by ruff at the
snippets' line length, short enough to read on a phone, and written back in place.

The Markdown is the source: formatting the generated files would only be undone by the next
``make snippets``. A fence that ruff cannot format is left as it is, and named.
"""

from __future__ import annotations

import subprocess
import sys

from verified_docs.model.page import Page

#: The snippets' line length (the tooling's own is 100): a phone shows about this much.
LINE_LENGTH = 72


def ruff_format(code: str, line_length: int = LINE_LENGTH) -> str | None:
    """``code`` as ``ruff format`` writes it, or None if ruff cannot parse it."""
    command = [sys.executable, "-m", "ruff", "format", f"--line-length={line_length}", "-"]
    run = subprocess.run(command, input=code, capture_output=True, text=True)
    return run.stdout if run.returncode == 0 else None


def formatted(page: Page, line_length: int = LINE_LENGTH) -> tuple[str, list[str]]:
    """The page's source with its python fences formatted, and the fences ruff refused."""
    lines = page.source.split("\n")
    refused = []
    for block in reversed(page.blocks):
        code = ruff_format(block.code, line_length)
        if code is None:
            refused.append(f"{block.page.as_posix()}:{block.line}")
        elif code != block.code:
            body = [f"{block.fence_indent}{line}" if line else "" for line in code.split("\n")]
            lines[block.line : block.line + block.code.count("\n")] = body[:-1]
    return "\n".join(lines), refused
