"""MkDocs hook: the docs as the engine sees them, shown with their verification.

Listed under ``hooks:`` in ``mkdocs.yml``. On every build it

* parses each page with the engine's parser, so malformed docs (an unknown directive,
  a ``py`` fence) fail the build with the file and line;
* titles each ``python`` block with its snippet file (a download link) and its status,
  says which earlier blocks a continued block needs, titles checked outputs "Output",
  and shows a failing block's error in a box under it;
* puts verification badges under each page's title and an anchor on each correction;
* adds generated pages (Verification, Corrections), the snippet files, and a
  downloadable notebook of every guide page;
* under ``mkdocs serve``, runs the blocks of each edited page that have no current
  result (:mod:`verified_docs.site.live`);
* with ``VERIFIED_DOCS_REQUIRE_VERIFIED=1`` (``make test``), fails when any block lacks
  a current CPU result of this machine, naming the blocks.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

import verified_docs.project  # noqa: F401 (registers the project's set-ups)
from verified_docs.model.directives import DEVICE_NAMES
from verified_docs.model.page import CodeBlock, DocError, Page, parse_page
from verified_docs.project import source_map, typos
from verified_docs.results import measurements, outputs
from verified_docs.results.snippets import render, snippet_relpath
from verified_docs.results.store import load_all
from verified_docs.site import api_links, figures, live, notebook, search_index
from verified_docs.site import pages as site_pages

REQUIRE = "VERIFIED_DOCS_REQUIRE_VERIFIED"
TYPOS_DIR = "typos"
_TITLE = re.compile(r'<span class="filename">(snippets/[^<]*?\.py)([^<]*)</span>')

_pages: dict[str, Page] = {}
_files: list = []
_results: list[site_pages.Results] = []
_conditions: dict[str, dict] = {}  # measurements.json: what each measurement was taken under
_linker: list[api_links.Linker] = []


def _root(config) -> Path:
    return Path(config["config_file_path"]).resolve().parent


def _parse(path: Path, display: Path, markdown: str | None = None) -> Page:
    try:
        return parse_page(path, markdown, display_path=display)
    except DocError as error:
        raise PluginError(f"verified_docs: {error}") from None


def on_startup(command: str, dirty: bool) -> None:
    if command == "serve":
        live.enable()


def on_files(files, config):
    root = _root(config)
    docs = Path(config["docs_dir"])
    _pages.clear()
    for file in list(files):
        if file.is_documentation_page() and not file.generated_by:  # .md, .markdown, ...
            display = Path(docs.name) / file.src_uri
            _pages[file.src_uri] = _parse(Path(file.abs_src_path), display)
    site_pages.NAV_TITLES.clear()
    site_pages.NAV_TITLES.update(site_pages.nav_titles(config["nav"] or []))
    order = list(site_pages.NAV_TITLES)
    pages = sorted(_pages.values(), key=lambda p: _rank(order, site_pages.docs_url(p)))
    live.on_build(root, pages)
    results = site_pages.Results(load_all(root)).know(pages)
    _results[:] = [results]
    _linker[:] = [api_links.Linker(api_links.load(root))]
    _conditions.clear()
    _conditions.update(measurements.load(root))
    _require_verified(pages, results)
    typo_list = typos.section(docs / TYPOS_DIR, site_pages.NAV_TITLES)
    generated = {
        "verification.md": site_pages.verification_page(pages, results),
        "corrections.md": site_pages.corrections_page(pages, typo_list),
    }
    if (root / source_map.MAP_FILE).is_file():  # this project's own page
        generated[source_map.PAGE_URI] = source_map.site_page(root, docs, site_pages.NAV_TITLES)
    for uri, content in generated.items():
        files.append(File.generated(config, uri, content=content))
    _add_downloads(files, config, pages)
    _add_notebook_pages(files, config, root, pages, results)
    _files[:] = [files]
    return files


def _rank(order: list[str], uri: str) -> tuple[int, str]:
    return (order.index(uri) if uri in order else len(order), uri)


def _require_verified(pages: list[Page], results: site_pages.Results) -> None:
    if os.environ.get(REQUIRE) != "1":
        return
    missing = site_pages.unverified(pages, results)
    if missing:
        shown = "\n  ".join(missing[:30])
        raise PluginError(
            f"verified_docs: {len(missing)} block(s) have no current CPU result from this "
            f"machine, so the site would show unverified code:\n  {shown}\n"
            "Run the tests (`make test`, or `make quick` while editing) before building."
        )


def _add_downloads(files, config, pages: list[Page]) -> None:
    for page in pages:
        for block in page.blocks:  # the page's code now: a new block links before `make snippets`
            uri = snippet_relpath(block).as_posix()
            files.append(File.generated(config, uri, content=render(block)))
        if page.blocks and page.path.name != "index.md":
            content = live.remember(
                "notebook", page.source, lambda page=page: nbformat.writes(notebook.build(page))
            )
            files.append(File.generated(config, _notebook_uri(page), content=content))


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
    results = _current_results()
    for block in parsed.blocks:
        _add_title(lines, block.line, _block_title(block, results))
        _mark_unrun(lines, block, results)
        if block.output is not None:
            _add_title(lines, block.output.line, "Output")
        if outputs.measured(block):
            _add_measurements(lines, block, site_pages.other_measurements(block, results))
        status = results.status(block, "cpu")
        if status.state == "failed" and status.result is not None:
            _add_failure(lines, block, status.result.detail)
    for correction in parsed.corrections:
        i = correction.line - 1
        indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
        lines[i] = f'{indent}<a id="{site_pages.anchor(correction)}"></a>\n\n{lines[i]}'
    if parsed.blocks:
        _add_badges(lines, parsed, page, results)
    text = "\n".join(lines)
    text = text.replace("<!-- site:stats -->", site_pages.stats(list(_pages.values())))
    text = text.replace("<!-- site:contents -->", site_pages.contents(config["nav"] or []))
    return _reuse_render(page, text)


#: What rendering a page produced, kept while serving: Markdown -> HTML is most of a rebuild.
_RENDERED = ("content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors")


def _reuse_render(page, text: str) -> str:
    """While serving, a page whose final Markdown is unchanged since the last build is not
    rendered again: a stand-in is, and :func:`on_page_content` restores the cached result."""
    if not live.serving():
        return text
    cached = live.rendered.get(page.file.src_uri)
    page.vd_markdown, page.vd_cached = text, cached if cached and cached[0] == text else None
    return "stand-in" if page.vd_cached else text


def _remember_render(page, html: str) -> str:
    if getattr(page, "vd_cached", None):
        for name, value in zip(_RENDERED, page.vd_cached[1:], strict=True):
            setattr(page, name, value)
        return page.content
    if live.serving() and getattr(page, "vd_markdown", None) is not None:
        page.content = html
        state = tuple(getattr(page, name, None) for name in _RENDERED)
        live.rendered[page.file.src_uri] = (page.vd_markdown, *state)
    return html


def _current_results() -> site_pages.Results:
    return _results[0] if _results else site_pages.Results([])


def _block_title(block, results: site_pages.Results, marks: bool = True) -> str:
    title = snippet_relpath(block).as_posix()
    if block.spec.raises:
        title += f" (raises {block.spec.raises})"
    title += _continues_label(block)
    return f"{title} · {site_pages.block_label(block, results, marks)}"


def _add_failure(lines: list[str], block, detail: str) -> None:
    """A box under a failing block with its error, as the served page shows it."""
    end = block.line + block.code.count("\n")  # 0-based index of the closing fence
    indent = block.fence_indent
    safe = detail.replace("`" * 3, "'" * 3).splitlines()
    body = "\n".join(f"{indent}    {line}" for line in safe)
    lines[end] += (
        f'\n\n{indent}!!! failure "This block failed on the CPU"\n\n'
        f"{indent}    ```text\n{body}\n{indent}    ```\n"
    )


def _add_measurements(lines: list[str], block, found: list[tuple[str, str]]) -> None:
    """Under a measurement's output: the same measurement from other machines, labelled,
    or a note that no accelerator has measured it yet."""
    indent, end = block.output.indent, block.output.body_end
    accelerators = tuple(name for device, name in DEVICE_NAMES.items() if device != "cpu")
    conditions = measurements.describe(measurements.current(_conditions, block))
    if not any(label.startswith(accelerators) for label, _ in found):
        conditions += " GPU figures are not measured yet."
    lines[end] += (
        f'\n\n{indent}<small class="vd-note" data-search-exclude>'
        f"{html.escape(conditions)}</small>\n"
    )
    for label, text in found:
        safe = text.replace("`" * 3, "'" * 3).rstrip("\n").split("\n")
        body = "\n".join(f"{indent}    {line}" for line in safe)
        title = label.replace('"', "'")
        lines[end] += f'\n\n{indent}??? info "Measured on {title}"\n\n'
        lines[end] += f"{indent}    ```text\n{body}\n{indent}    ```\n"


def _mark_unrun(lines: list[str], block, results: site_pages.Results) -> None:
    """Highlight the lines that ran on no device, and say under the block what that means."""
    caption = site_pages.unrun_caption(block, results)
    if not caption:
        return
    shown = results.lines(block).shown(block.code)
    lines[block.line - 1] = (
        f'{lines[block.line - 1].rstrip()} hl_lines="{" ".join(map(str, shown))}"'
    )
    end = block.line + block.code.count("\n")  # 0-based index of the closing fence
    lines[end] += (
        f'\n\n{block.fence_indent}<p class="vd-unrun-note" markdown="0" data-search-exclude>'
        f"{html.escape(caption)}</p>\n"
    )


def _add_title(lines: list[str], line: int, title: str) -> None:
    lines[line - 1] = f'{lines[line - 1].rstrip()} title="{title}"'


def _gpu_howto(page_url: str) -> str:
    """The link, from ``page_url``, to where the Verification page says how to run on a GPU."""
    page, _, anchor = site_pages.GPU_HOWTO.partition("#")
    return f"{get_relative_url(page.removesuffix('.md') + '/', page_url)}#{anchor}"


def _add_badges(lines: list[str], parsed: Page, page, results: site_pages.Results) -> None:
    heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
    if heading is None:
        return
    row = site_pages.badges(parsed, results, _gpu_howto(page.file.url))
    if parsed.path.name != "index.md":
        link = get_relative_url(_notebook_uri(parsed), page.file.url)
        row = row.replace(
            "</div>",
            f'<a class="vd-notebook" href="{link}" download>Notebook (.ipynb)</a></div>',
            1,
        )
    lines[heading] = f"{lines[heading]}\n\n{row}\n"


def on_page_content(html: str, page, config, files) -> str:
    """Make each code block's title a download link to its snippet file."""

    def link(match: re.Match[str]) -> str:
        href = get_relative_url(match.group(1), page.file.url)
        return (
            f'<span class="filename" data-search-exclude><a href="{href}" download>'
            f"{match.group(1)}</a>{match.group(2)}</span>"
        )

    if getattr(page, "vd_cached", None):
        return _remember_render(page, html)
    html = _linker[0].link_html(html) if _linker else html
    html = html.replace('<span class="hll">', _UNRUN_LINE)  # only _mark_unrun asks for them
    return _remember_render(page, _unsearched(_TITLE.sub(link, html)))


#: A line that ran on no device: marked in the gutter (CSS), and said to screen readers.
_UNRUN_LINE = '<span class="hll vd-unrun"><span class="vd-sr">(not run) </span>'


#: What search leaves out besides the badges: outputs and measurements from other machines
#: (text the reader looks for in the page, not by searching).
_UNSEARCHED = re.compile(
    r'<div class="language-text highlight"(?=><span class="filename">Output</span>)'
    r'|<details class="info"(?=>\s*<summary>Measured on )'
)


def _unsearched(html: str) -> str:
    return _UNSEARCHED.sub(lambda m: m.group(0) + " data-search-exclude", html)


# --- Reader-facing details: notebook pages, copy text, figures, descriptions ---------------

_CONTINUES = re.compile(
    r" · continues blocks ([\d, ]+) above \(the file has them all\)([^<]*)</span>"
)
_BLOCK = re.compile(
    r'<div class="(?:language-python )?highlight"><span class="filename"[^>]*>'
    r'<a href="[^"]*" download>(snippets/[^<]+?\.py)</a>'
)
_IMG = re.compile(r"(<a\b[^>]*>\s*)?<img\b(?![^>]*\bclass=)[^>]*\bsrc=\"([^\"]+)\"[^>]*>")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)


def _block_number(block) -> str:
    return block.name.split("_", 1)[0]


def _continues_label(block) -> str:
    """For a continued block's title: which earlier blocks its code needs."""
    if block.continues is None:
        return ""
    earlier = ", ".join(_block_number(b) for b in block.chain[:-1])
    return f" · continues blocks {earlier} above (the file has them all)"


def copy_text(code: str) -> str:
    """What the copy button copies: the block's code as its notebook cell, without
    annotation markers."""
    return notebook.cell_code(code)


def _notebook_preamble(page: Page, config, uri: str, title: str, results) -> str:
    """The badges, a download link and a sentence on what the notebook page is."""
    stem = uri.removesuffix(".ipynb")
    page_url = f"{stem}/" if config["use_directory_urls"] else f"{stem}.html"
    row = site_pages.badges(page, results, _gpu_howto(page_url)).replace(
        "</div>",
        f'<a class="vd-notebook" href="{get_relative_url(uri, page_url)}" download>'
        "Notebook (.ipynb)</a></div>",
        1,
    )
    guide = Path(site_pages.docs_url(page)).name
    return (
        f"{row}\n\nThe [{title}]({guide}) guide as a Jupyter notebook, run from "
        "top to bottom, with the outputs it printed and drew. Its code cells are the "
        "guide's code blocks, so each is titled with its snippet file and verified like "
        f"them. [Download the notebook]({Path(uri).name}) to run it yourself."
    )


def blocks_by_cell(page: Page) -> dict[str, CodeBlock]:
    """Each block of the page under the code of its notebook cell."""
    return {notebook.cell_code(block.code): block for block in page.blocks}


def guide_alts(source: str) -> dict[str, str]:
    """The alt text of each figure a guide shows, by the figure's file name."""
    return {name: alt for alt, name in re.findall(r"!\[([^\]]+)\]\([^)]*/([^/)]+)\)", source)}


def _add_notebook_pages(files, config, root: Path, pages: list[Page], results) -> None:
    """``docs/<page>-notebook.ipynb`` (executed) as the page ``<page>-notebook/``.

    The notebook's prose, code and outputs, its code titled and badged like the guide it is
    made from, its images as PNG files with the guide's alt text, and a download link to the
    executed notebook (copied to the site as it is).
    """
    for page in pages:
        path = root / notebook.notebook_relpath(page)
        if not page.notebook or not path.exists():
            continue
        uri = path.relative_to(Path(config["docs_dir"])).as_posix()
        stem = uri.removesuffix(".ipynb")
        by_code = blocks_by_cell(page)
        alts = guide_alts(page.source)

        def code_title(code: str, by_code=by_code) -> str | None:
            block = by_code.get(code.rstrip("\n"))
            return _block_title(block, results, marks=False) if block else None

        def figure_alt(code: str, by_code=by_code, alts=alts) -> str:
            block = by_code.get(code.rstrip("\n"))
            names = block.spec.figures if block else []
            found = [alts[name] for name in names if name in alts]
            return found[0] if found else "The figure this cell draws"

        title = site_pages.NAV_TITLES.get(site_pages.docs_url(page), site_pages.title(page))
        preamble = _notebook_preamble(page, config, uri, title, results)
        text, images = notebook.to_markdown(
            nbformat.read(path, as_version=4),
            heading=f"{title}: the notebook",
            preamble=preamble,
            code_title=code_title,
            figure_alt=figure_alt,
            figures=f"figures/{Path(stem).name}",
        )
        # The guide's own page is what search should find: this one is left out of it.
        text = f"---\nsearch:\n  exclude: true\n---\n{text}"
        files.append(File.generated(config, f"{stem}.md", content=text))
        for name, data in images:
            folder = Path(stem).parent / "figures" / Path(stem).name
            files.append(File.generated(config, (folder / name).as_posix(), content=data))


def on_page_context(context, page, config, nav):
    """Per-page description, exact copy text, continued-block labels, figure links."""
    content = page.content or ""
    blocks = {snippet_relpath(b).as_posix(): b for p in _pages.values() for b in p.blocks}

    def copy(match: re.Match[str]) -> str:
        block = blocks.get(match.group(1))
        if block is None:
            return match.group(0)
        attributes = (
            f' id="block-{_block_number(block)}" data-copy="{html.escape(copy_text(block.code))}"'
        )
        return match.group(0).replace(">", attributes + ">", 1)

    def continues(match: re.Match[str]) -> str:
        numbers = [n.strip() for n in match.group(1).split(",")]
        links = ", ".join(f'<a href="#block-{n}">{n}</a>' for n in numbers)
        return (
            f'{match.group(2)}<span class="vd-continues">Continues block'
            f"{'s' if len(numbers) > 1 else ''} {links} above: copy "
            f"{'those' if len(numbers) > 1 else 'it'} first, or download the file, which has "
            "them all.</span></span>"
        )

    def figure(match: re.Match[str]) -> str:
        if match.group(1) or match.group(2).startswith("data:"):
            return match.group(0)
        image = match.group(0)
        width = _natural_width(page.url, match.group(2))
        if width:  # phones show the figure at a legible scale, scrolling sideways
            image = image.replace("<img ", f'<img style="--vd-natural: {width:.0f}px" ', 1)
        return (
            f'<a class="vd-figure" href="{match.group(2)}" title="Open the figure full size">'
            f"{image}</a>"
        )

    content = _BLOCK.sub(copy, content)
    content = _CONTINUES.sub(continues, content)
    page.content = _IMG.sub(figure, content)
    if not page.meta.get("description"):
        page.meta["description"] = _description(page.content) or config["site_description"]
    return context


def _natural_width(page_url: str, src: str) -> float | None:
    uri = posixpath.normpath(posixpath.join(page_url, html.unescape(src)))
    file = _files[0].get_file_from_path(uri) if _files else None
    if file is None or figures.fits_column(file.content_bytes):
        return None  # pictures, not a chart: shown whole in the column
    return figures.natural_width(file.content_bytes)


def _description(content: str, limit: int = 160) -> str:
    """The page's first paragraph as plain text, cut at a word near ``limit`` characters."""
    for match in _PARAGRAPH.finditer(content):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())
        if len(text) < 40:
            continue
        if len(text) > limit:
            text = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        return text
    return ""


def on_post_build(config) -> None:
    """Prune the search index (:mod:`verified_docs.site.search_index`)."""
    search_index.prune_file(Path(config["site_dir"]) / "search" / "search_index.json")
