"""MkDocs hook: refuse to build from malformed docs, and title each code block.

Listed under ``hooks:`` in ``mkdocs.yml``. Every page is parsed with the same
parser the tests use, so an unknown directive or a ``py`` fence fails the build
with the file and line. Each ``python`` fence is shown with the path of the
snippet file it becomes, so a reader knows which file to copy or run.
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
        i = block.line - 1
        title = snippet_relpath(block).as_posix()
        lines[i] = f'{lines[i].rstrip()} title="{title}"'
    return "\n".join(lines)
