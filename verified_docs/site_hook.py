"""MkDocs hook: refuse to build from malformed docs, and title each code block.

Listed under ``hooks:`` in ``mkdocs.yml``. Every page is parsed with the same
parser the tests use, so an unknown directive or a ``py`` fence fails the build
with the file and line. Each ``python`` fence is shown with the path of the
snippet file it becomes (and the exception it demonstrates), so a reader knows
which file to copy or run, and each checked output fence is titled "Output".
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from verified_docs.extract import snippet_relpath
from verified_docs.parse import DocError, parse_page


def on_page_markdown(markdown: str, page, config, files) -> str:
    display = Path(Path(config["docs_dir"]).name) / page.file.src_uri
    try:
        parsed = parse_page(Path(page.file.abs_src_path), markdown, display_path=display)
    except DocError as error:
        raise PluginError(f"verified_docs: {error}") from None
    lines = markdown.split("\n")
    for block in parsed.blocks:
        title = snippet_relpath(block).as_posix()
        if block.raises:
            title += f" (raises {block.raises})"
        _add_title(lines, block.line, title)
        if block.output is not None:
            _add_title(lines, block.output.line, "Output")
    return "\n".join(lines)


def _add_title(lines: list[str], line: int, title: str) -> None:
    lines[line - 1] = f'{lines[line - 1].rstrip()} title="{title}"'
