"""MkDocs hook: the docs as the engine sees them, shown with their verification.

Listed under ``hooks:`` in ``mkdocs.yml``. On every build it

* parses each page with the engine's parser, so malformed docs (an unknown directive,
  a ``py`` fence) fail the build with the file and line;
* titles each ``python`` block with its snippet file, as a download link, and each
  checked output fence "Output";
* puts verification badges under each page's title and an anchor on each correction;
* adds generated pages (Verification, Corrections), the snippet files, and a
  downloadable notebook of every guide page.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from verified_docs import notebook, site
from verified_docs.extract import snippet_relpath
from verified_docs.parse import DocError, Page, parse_page

GENERATED_PAGES = {
    "verification.md": site.verification_page,
    "corrections.md": site.corrections_page,
}
_TITLE = re.compile(r'<span class="filename">(snippets/[^<]*?\.py)([^<]*)</span>')

_pages: dict[str, Page] = {}
_runs: dict[str, site.Run] = {}


def _root(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent


def _parse(path: Path, display: Path, markdown: str | None = None) -> Page:
    try:
        return parse_page(path, markdown, display_path=display)
    except DocError as error:
        raise PluginError(f"verified_docs: {error}") from None


def on_files(files, config):
    root = _root(config)
    docs = Path(config["docs_dir"])
    _pages.clear()
    for file in list(files):
        if file.src_uri.endswith(".md") and not file.generated_by:
            display = Path(docs.name) / file.src_uri
            _pages[file.src_uri] = _parse(Path(file.abs_src_path), display)
    _runs.clear()
    _runs.update(site.load_runs(root))
    pages = [_pages[uri] for uri in sorted(_pages)]
    for uri, render in GENERATED_PAGES.items():
        files.append(File.generated(config, uri, content=render(pages, _runs)))
    for page in pages:
        for block in page.blocks:
            relpath = snippet_relpath(block)
            path = root / relpath
            if path.is_file():
                files.append(File.generated(config, relpath.as_posix(), abs_src_path=str(path)))
        if page.blocks and page.path.name != "index.md":
            content = nbformat.writes(notebook.build(page))
            files.append(File.generated(config, _notebook_uri(page), content=content))
    return files


def _notebook_uri(page: Page) -> str:
    return "notebooks/" + page.path.relative_to(page.path.parts[0]).with_suffix(".ipynb").as_posix()


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.generated_by:
        return markdown
    parsed = _pages.get(page.file.src_uri)  # parsed in on_files, unless a plugin changed it
    if parsed is None or parsed.source != markdown:
        display = Path(Path(config["docs_dir"]).name) / page.file.src_uri
        parsed = _parse(Path(page.file.abs_src_path), display, markdown)
    lines = markdown.split("\n")
    for block in parsed.blocks:
        title = snippet_relpath(block).as_posix()
        if block.raises:
            title += f" (raises {block.raises})"
        _add_title(lines, block.line, title)
        if block.output is not None:
            _add_title(lines, block.output.line, "Output")
    for correction in parsed.corrections:
        i = correction.line - 1
        indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        lines[i] = f'{indent}<a id="{site.anchor(correction)}"></a>\n\n{lines[i]}'
    if parsed.blocks:
        _add_badges(lines, parsed, page)
    text = "\n".join(lines)
    text = text.replace("<!-- site:stats -->", site.stats([_pages[u] for u in sorted(_pages)]))
    return text.replace("<!-- site:contents -->", site.contents(config["nav"] or []))


def _add_title(lines: list[str], line: int, title: str) -> None:
    lines[line - 1] = f'{lines[line - 1].rstrip()} title="{title}"'


def _add_badges(lines: list[str], parsed: Page, page) -> None:
    heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
    if heading is None:
        return
    row = site.badges(parsed, _runs)
    if parsed.path.name != "index.md":
        link = get_relative_url(_notebook_uri(parsed), page.file.url)
        row = row.replace(
            "</div>",
            f'<a class="vd-notebook" href="{link}" download>Download notebook</a></div>',
            1,
        )
    lines[heading] = f"{lines[heading]}\n\n{row}\n"


def on_page_content(html: str, page, config, files) -> str:
    """Make each code block's title a download link to its snippet file."""

    def link(match: re.Match[str]) -> str:
        href = get_relative_url(match.group(1), page.file.url)
        return (
            f'<span class="filename"><a href="{href}" download>{match.group(1)}</a>'
            f"{match.group(2)}</span>"
        )

    return _TITLE.sub(link, html)
