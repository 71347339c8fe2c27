"""Every correction of the notes comes with code that would fail if it were wrong.

A correction is a ``bug`` admonition: ``!!! bug``, or collapsible ``??? bug`` /
``???+ bug``. It must contain at least one ``python`` block that is run, that is,
not skipped unconditionally (a ``skipif`` block runs where its condition is false,
so it counts). A correction without one is an error naming the file and line.
Where the note is right, pages use another admonition (``!!! success``), which
needs no proof here.
"""

from __future__ import annotations

import re

from .parse import Page, markdown_parser

_BUG = re.compile(r"(!!!|\?\?\?\+?)\s+bug(?:\s|$)")


def bug_admonitions(page: Page) -> list[tuple[int, int, str]]:
    """``(first, end, marker)`` of each bug admonition: 0-based lines, end exclusive."""
    found = []
    for token in markdown_parser().parse(page.source):
        if token.type == "container_open" and _BUG.match(token.info.strip()):
            first, end = token.map
            found.append((first, end, token.info.strip()))
    return found


def check_corrections(pages: list[Page]) -> list[str]:
    """One message per correction that has no python block that runs."""
    errors = []
    for page in pages:
        for first, end, marker in bug_admonitions(page):
            proofs = [
                block
                for block in page.blocks
                if first < block.line - 1 < end
                and (block.skip_reason is None or block.skipif is not None)
            ]
            if not proofs:
                skipped = any(first < b.line - 1 < end for b in page.blocks)
                why = "its python blocks are all skipped" if skipped else "it has no python block"
                errors.append(
                    f"{page.path}:{first + 1}: correction {marker} has no proof: {why}; "
                    "put a python block in it that would fail if the correction were wrong"
                )
    return errors
