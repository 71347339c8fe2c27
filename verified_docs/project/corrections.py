"""Every correction of the notes comes with code that would fail if it were wrong.

A correction is a ``bug`` admonition (``!!! bug``, or collapsible ``??? bug`` /
``???+ bug``), which the parser records with the python blocks inside it. It must
contain at least one block that is run, that is, not skipped unconditionally (a
``skipif`` block runs where its condition is false, so it counts). A correction
without one is an error naming the file and line. Where the note is right, pages use
another admonition (``!!! success``), which needs no proof here.
"""

from __future__ import annotations

from verified_docs.model.page import Page


def check_corrections(pages: list[Page]) -> list[str]:
    """One message per correction that has no python block that runs."""
    errors = []
    for page in pages:
        lines = page.source.split("\n")
        for correction in page.corrections:
            runs = [
                b
                for b in correction.blocks
                if b.spec.skip_reason is None or b.spec.skipif is not None
            ]
            if runs:
                continue
            why = "its python blocks are all skipped" if correction.blocks else "no python block"
            marker = lines[correction.line - 1].strip()
            errors.append(
                f"{page.path}:{correction.line}: correction {marker} has no proof: {why}; "
                "put a python block in it that would fail if the correction were wrong"
            )
    return errors
