"""A page as a Jupyter notebook: its prose as Markdown cells, its code blocks as code cells.

Admonitions (the corrections), directives, output fences and figure links are left
out: a notebook shows its own outputs. A page that asks for it with
``<!--snippet:notebook-->`` gets ``docs/<page>-notebook.ipynb``, executed by ``make outputs``
(nbclient, in a temporary directory prepared with the page's set-ups), so that the
site shows the real outputs without executing anything at build time.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import nbformat

from verified_docs.model.page import Page, markdown_parser
from verified_docs.run.setups import prepare

# Links to other pages of the site mean nothing in a notebook: keep their text.
_RELATIVE_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?!https?:)[^)]*\)")
_FIGURE_LINK = re.compile(r"^\s*!\[[^\]]*\]\(figures/[^)]*\)\s*$")
_PROSE = {
    "paragraph_open",
    "heading_open",
    "bullet_list_open",
    "ordered_list_open",
    "blockquote_open",
    "table_open",
    "hr",
}


_ANNOTATION = re.compile(r"[ \t]*# \(\d+\)!$", re.MULTILINE)


def notebook_relpath(page: Page) -> Path:
    """``docs/quickstart.md`` → ``docs/quickstart-notebook.ipynb`` (its own URL on the site)."""
    return page.path.with_name(f"{page.path.stem}-notebook.ipynb")


def cell_code(code: str) -> str:
    """A block's code as its notebook cell (and its copy text): without the annotation
    markers, whose notes are prose there."""
    return _ANNOTATION.sub("", code).rstrip("\n")


def build(page: Page) -> nbformat.NotebookNode:
    """The page as an unexecuted notebook."""
    lines = page.source.split("\n")
    blocks = {block.line: block for block in page.blocks}
    cells: list[nbformat.NotebookNode] = [
        nbformat.v4.new_markdown_cell(
            f"*Generated from `{page.path.as_posix()}` by `make outputs`; "
            "every code cell is also a verified snippet of the site.*"
        )
    ]
    prose: list[str] = []

    def flush() -> None:
        text = _RELATIVE_LINK.sub(r"\1", "\n".join(prose).strip("\n"))
        if text:
            cells.append(nbformat.v4.new_markdown_cell(text))
        prose.clear()

    for token in markdown_parser().parse(page.source):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        start, end = token.map
        if token.type == "fence" and start + 1 in blocks:
            flush()
            block = blocks[start + 1]
            cell = nbformat.v4.new_code_cell(cell_code(block.code))
            if block.spec.raises:
                cell.metadata["tags"] = ["raises-exception"]
            cells.append(cell)
        elif token.type == "fence" and not _is_output(page, start + 1):
            prose.extend([*lines[start:end], ""])
        elif token.type in _PROSE:
            kept = [line for line in lines[start:end] if not _FIGURE_LINK.match(line)]
            if any(line.strip() for line in kept):
                prose.extend([*kept, ""])
    flush()
    while cells[-1].cell_type == "markdown" and re.fullmatch(r"#+ [^\n]*", cells[-1].source):
        cells.pop()  # a heading whose section held only admonitions
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return notebook


def _is_output(page: Page, line: int) -> bool:
    return any(b.output is not None and b.output.line == line for b in page.blocks)


def sources(notebook: nbformat.NotebookNode) -> list[tuple[str, str]]:
    return [(cell.cell_type, cell.source) for cell in notebook.cells]


def execute(page: Page, timeout: float = 1800) -> nbformat.NotebookNode:
    """Build and run the page's notebook in a prepared temporary directory."""
    from nbclient import NotebookClient

    notebook = build(page)
    workdir = Path(tempfile.mkdtemp(prefix="notebook-"))
    setups = tuple(dict.fromkeys(name for block in page.blocks for name in block.spec.setups))
    saved_backend = os.environ.pop("MPLBACKEND", None)  # the kernel's inline backend shows figures
    try:
        prepare(setups, workdir)
        client = NotebookClient(
            notebook,
            timeout=timeout,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(workdir)}},
        )
        client.execute()
    finally:
        if saved_backend is not None:
            os.environ["MPLBACKEND"] = saved_backend
        shutil.rmtree(workdir, ignore_errors=True)
    return notebook


def with_stored_outputs(page: Page, path: Path) -> nbformat.NotebookNode | None:
    """The page's notebook with the outputs of the stored one, if its code is unchanged.

    Prose edits then need no new execution; any change to the code does.
    """
    if not path.exists():
        return None
    stored = nbformat.read(path, as_version=4)
    fresh = build(page)
    code = [c for c in fresh.cells if c.cell_type == "code"]
    old = [c for c in stored.cells if c.cell_type == "code"]
    if [c.source for c in code] != [c.source for c in old]:
        return None
    for new_cell, old_cell in zip(code, old, strict=True):
        new_cell.outputs = old_cell.outputs
        new_cell.execution_count = old_cell.execution_count
    fresh.metadata = stored.metadata
    return fresh


def is_stale(page: Page, path: Path) -> bool:
    """Whether the stored notebook's cells differ from what the page produces now."""
    if not path.exists():
        return True
    stored = nbformat.read(path, as_version=4)
    return sources(stored) != sources(build(page))


# --- The executed notebook as a page of the site -------------------------------------------

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_H1 = re.compile(r"^# [^\n]*\n*")
_LIST_ITEM = re.compile(r"^\d+\.\s")
_MARKER = re.compile(r"# \(\d+\)!$", re.MULTILINE)


def _fence(text: str, language: str = "text", title: str = "") -> str:
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`{3,}", text))])
    attribute = f' title="{title}"' if title else ""
    return f"{ticks}{language}{attribute}\n{text.rstrip()}\n{ticks}"


def _split_annotations(source: str) -> tuple[str, str]:
    """A Markdown cell that starts with an ordered list: (the list, the rest)."""
    lines = source.split("\n")
    if not lines or not _LIST_ITEM.match(lines[0]):
        return "", source
    end = len(lines)
    for i, line in enumerate(lines):
        if line.strip() and not line.startswith((" ", "\t")) and not _LIST_ITEM.match(line):
            end = i
            break
    return "\n".join(lines[:end]).rstrip(), "\n".join(lines[end:]).strip("\n")


def _outputs(
    cell: nbformat.NotebookNode, number: int, alt: str
) -> tuple[list[str], list[tuple[str, bytes]]]:
    import base64

    parts: list[str] = []
    images: list[tuple[str, bytes]] = []
    streams: dict[str, list[str]] = {}

    def flush() -> None:
        for name, texts in streams.items():
            title = "Output" if name == "stdout" else "Standard error"
            parts.append(_fence("".join(texts), title=title))
        streams.clear()

    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            streams.setdefault(output.name, []).append(output.text)
            continue
        flush()
        data = output.get("data", {})
        if output.output_type == "error":
            traceback = _ANSI.sub("", "\n".join(output.traceback))
            parts.append(_fence(traceback, title=f"Error: {output.ename}"))
        elif "image/png" in data:
            name = f"cell-{number:02d}-{len(images) + 1}.png"
            images.append((name, base64.b64decode(data["image/png"])))
            parts.append(f"![{alt}]({{figures}}/{name})")
        elif "text/plain" in data:
            parts.append(_fence(data["text/plain"], title="Output"))
    flush()
    return parts, images


def to_markdown(
    notebook: nbformat.NotebookNode,
    *,
    heading: str,
    preamble: str,
    code_title: Callable[[str], str | None],
    figure_alt: Callable[[str], str],
    figures: str,
) -> tuple[str, list[tuple[str, bytes]]]:
    """An executed notebook as a Markdown page: the prose as it is, each code cell as a
    ``python`` fence titled by ``code_title(code)`` and followed by its annotations and
    its outputs, images as files (``figures``/cell-NN-K.png, alt text from
    ``figure_alt(code)``). The notebook's own generated note and first heading are replaced
    by ``heading`` and ``preamble``. Returns the Markdown and the image files.
    """
    parts = [f"# {heading}", preamble]
    images: list[tuple[str, bytes]] = []
    cells = list(notebook.cells)
    skip_heading = True
    pending_annotations = False
    for number, cell in enumerate(cells, start=1):
        source = cell.source
        if cell.cell_type == "markdown":
            if source.startswith("*Generated from "):
                continue
            if skip_heading and _H1.match(source):
                source = _H1.sub("", source, count=1)
                skip_heading = False
            if pending_annotations:
                annotations, source = _split_annotations(source)
                pending_annotations = False
                if annotations:  # Material attaches the list to the code block just above
                    outputs = parts.pop()
                    parts.extend([annotations, outputs] if outputs else [annotations])
            if source.strip():
                parts.append(source.strip("\n"))
            continue
        if cell.cell_type != "code":
            continue
        title = code_title(source)
        fence = _fence(source, "python", title or "")
        outputs, cell_images = _outputs(cell, number, figure_alt(source))
        images.extend(cell_images)
        parts.append(fence)
        parts.append("\n\n".join(outputs).replace("{figures}", figures))
        pending_annotations = bool(_MARKER.search(source))
    text = "\n\n".join(part for part in parts if part)
    return text + "\n", images
