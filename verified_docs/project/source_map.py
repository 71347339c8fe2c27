"""The source map: where every line of the original notes went.

``source-map.yml`` (at the repository root) lists, for each note in
``../shared/source-notes/``, line ranges and either the guide sections that treat
them (``to: page.md#heading-anchor``) or the reason they were dropped
(``dropped: ...``). A range may also say ``todo: ...`` when the guides do not yet
treat what the lines say: it still names the section that should.

:func:`check` fails when a non-blank note line is in no range, when ranges
overlap or leave the note, or when a target page or heading no longer exists.
:func:`page_markdown` is the site's "Source map" page. The notes themselves are
never copied into the repository: the map holds line numbers and a short cue.
"""

from __future__ import annotations

import difflib
import html
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify as toc_slugify
from markdown_it import MarkdownIt

from verified_docs.model.page import markdown_files, markdown_parser

MAP_FILE = "source-map.yml"
NOTES_ENV = "VERIFIED_DOCS_SOURCE_NOTES"
MAX_CUE_WORDS = 8
PAGE_URI = "source-map.md"

_ATTR_ID = re.compile(r"\s*\{:?[^}]*#([\w-]+)[^}]*\}\s*$")
_TAG = re.compile(r"<[^>]+>")
_SEP = "\u203a"  # a single right angle quote between page and section
_LINES = re.compile(r"(\d+)(?:\s*-\s*(\d+))?")


class SourceMapError(Exception):
    """The map file itself is malformed."""


@dataclass(frozen=True)
class Entry:
    """One range of one note's lines, and where it went."""

    note: str
    first: int  # 1-based, inclusive
    last: int  # 1-based, inclusive
    cue: str = ""
    targets: tuple[str, ...] = ()  # "page.md#anchor" or "page.md", relative to docs/
    dropped: str | None = None
    todo: str | None = None

    @property
    def lines(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def notes_dir(root: Path) -> Path:
    """Where the notes are: ``$VERIFIED_DOCS_SOURCE_NOTES``, else ``<root>/../shared/source-notes``.

    In a linked git worktree (``.git`` is a file naming the main repository's git
    folder), the main checkout's ``../shared`` is used when the worktree has none.
    """
    env = os.environ.get(NOTES_ENV)
    if env:
        return Path(env)
    root = root.resolve()
    beside = root.parent / "shared" / "source-notes"
    dot_git = root / ".git"
    if not beside.is_dir() and dot_git.is_file():
        gitdir = dot_git.read_text(encoding="utf-8").partition("gitdir:")[2].strip()
        main = Path(gitdir).parent.parent.parent if gitdir else None  # <main>/.git/worktrees/x
        if main is not None and (main.parent / "shared" / "source-notes").is_dir():
            return main.parent / "shared" / "source-notes"
    return beside


def load(path: Path) -> list[Entry]:
    import yaml  # a dependency of MkDocs; only the map and the site need it

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return entries_from(data, path.name)


def entries_from(data: object, where: str = MAP_FILE) -> list[Entry]:
    """Validate the map's structure and return its entries in file order."""
    if not isinstance(data, dict) or not isinstance(data.get("notes"), dict):
        raise SourceMapError(f"{where}: expected a mapping with a 'notes' mapping")
    entries = []
    for note, ranges in data["notes"].items():
        if not isinstance(ranges, list) or not ranges:
            raise SourceMapError(f"{where}: {note}: expected a list of ranges")
        for n, item in enumerate(ranges, 1):
            entries.append(_entry(f"{where}: {note} range {n}", str(note), item))
    return entries


def _entry(where: str, note: str, item: object) -> Entry:
    if not isinstance(item, dict):
        raise SourceMapError(f"{where}: expected a mapping")
    unknown = set(item) - {"lines", "cue", "to", "dropped", "todo"}
    if unknown:
        raise SourceMapError(f"{where}: unknown keys {sorted(unknown)}")
    match = _LINES.fullmatch(str(item.get("lines", "")).strip())
    if not match:
        raise SourceMapError(f"{where}: 'lines' must be N or N-M, not {item.get('lines')!r}")
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if first < 1 or last < first:
        raise SourceMapError(f"{where}: bad range {first}-{last}")
    cue = str(item.get("cue") or "").strip()
    if len(cue.split()) > MAX_CUE_WORDS:
        raise SourceMapError(f"{where}: a cue has at most {MAX_CUE_WORDS} words: {cue!r}")
    to = item.get("to")
    targets = tuple(to) if isinstance(to, list) else (to,) if to else ()
    if not all(isinstance(t, str) and t.strip() for t in targets):
        raise SourceMapError(f"{where}: 'to' must be page.md#anchor or a list of them")
    dropped = item.get("dropped")
    if bool(targets) == bool(dropped):
        raise SourceMapError(f"{where}: give either 'to' or 'dropped' (with the reason)")
    if dropped is not None and not str(dropped).strip():
        raise SourceMapError(f"{where}: 'dropped' needs the reason")
    todo = item.get("todo")
    if todo is not None and (not targets or not str(todo).strip()):
        raise SourceMapError(f"{where}: 'todo' says what is owed, beside 'to'")
    return Entry(
        note,
        first,
        last,
        cue,
        tuple(t.strip() for t in targets),
        str(dropped).strip() if dropped else None,
        str(todo).strip() if todo else None,
    )


def page_headings(source: str) -> dict[str, str]:
    """Each heading's anchor and text, in page order, as the site's table of contents has them."""
    inline = MarkdownIt("commonmark")
    tokens = markdown_parser().parse(source)
    found: dict[str, str] = {}
    for i, token in enumerate(tokens):
        if token.type != "inline" or i == 0 or tokens[i - 1].type != "heading_open":
            continue
        raw = token.content
        custom = _ATTR_ID.search(raw)
        if custom:
            raw = raw[: custom.start()]
        text = html.unescape(_TAG.sub("", inline.renderInline(raw))).strip()
        anchor = custom.group(1) if custom else toc_slugify(text, "-")
        unique, n = anchor, 0
        while unique in found:  # toc's rule for repeated headings
            n += 1
            unique = f"{anchor}_{n}"
        found[unique] = text
    return found


def docs_headings(docs_dir: Path) -> dict[str, dict[str, str]]:
    """``{"data/datasets.md": {anchor: heading text}}`` for every Markdown page."""
    return {
        path.relative_to(docs_dir).as_posix(): page_headings(path.read_text(encoding="utf-8"))
        for path in markdown_files(docs_dir)
    }


def check(
    entries: list[Entry],
    headings: dict[str, dict[str, str]],
    notes: Path | None,
) -> list[str]:
    """Every problem with the map, as messages; none when all is accounted for.

    ``notes`` is the folder of the notes; ``None`` checks only the targets and overlaps.
    """
    errors = [_target_error(e, t, headings) for e in entries for t in e.targets]
    errors = [e for e in errors if e]
    by_note: dict[str, list[Entry]] = {}
    for entry in entries:
        by_note.setdefault(entry.note, []).append(entry)
    for note, ranges in by_note.items():
        ranges = sorted(ranges, key=lambda e: e.first)
        for before, after in itertools.pairwise(ranges):
            if after.first <= before.last:
                errors.append(f"{note}: lines {before.lines} and {after.lines} overlap")
    if notes is None:
        return errors
    files = sorted(p.name for p in notes.iterdir() if p.is_file() and p.suffix == ".txt")
    for name in sorted(set(files) - set(by_note)):
        errors.append(f"{name}: note is not in {MAP_FILE}")
    for name in sorted(set(by_note) - set(files)):
        errors.append(f"{name}: in {MAP_FILE} but not in {notes}")
    for name in sorted(set(files) & set(by_note)):
        lines = (notes / name).read_text(encoding="utf-8").splitlines()
        covered = set()
        for entry in by_note[name]:
            if entry.last > len(lines):
                errors.append(f"{name}: lines {entry.lines} beyond the note's {len(lines)} lines")
            covered.update(range(entry.first, entry.last + 1))
        missing = [n for n, text in enumerate(lines, 1) if text.strip() and n not in covered]
        if missing:
            errors.append(f"{name}: lines {_ranges(missing)} are accounted for by no range")
    return errors


def _target_error(entry: Entry, target: str, headings: dict[str, dict[str, str]]) -> str:
    page, _, anchor = target.partition("#")
    where = f"{entry.note} lines {entry.lines}: {target}"
    if page not in headings:
        close = difflib.get_close_matches(page, list(headings), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        return f"{where}: no page docs/{page}{hint}"
    if anchor and anchor not in headings[page]:
        close = difflib.get_close_matches(anchor, list(headings[page]), n=3, cutoff=0.4)
        hint = f" (headings now: {', '.join('#' + c for c in close)})" if close else ""
        return f"{where}: no heading #{anchor} on docs/{page}{hint}"
    return ""


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def pending(entries: list[Entry]) -> list[str]:
    """The ranges whose treatment the guides still owe."""
    return [
        f"{e.note} lines {e.lines} → {', '.join(e.targets)}: {e.todo}" for e in entries if e.todo
    ]


def page_markdown(
    entries: list[Entry],
    headings: dict[str, dict[str, str]],
    titles: dict[str, str] | None = None,
    note_titles: dict[str, str] | None = None,
) -> str:
    """The site's Source map page: each note's ranges and where each went, each note under
    its readable title (the file name, a hash, says what it is in a line below)."""
    titles, note_titles = titles or {}, note_titles or {}
    notes = list(dict.fromkeys(e.note for e in entries))
    dropped = sum(1 for e in entries if e.dropped)
    owed = sum(1 for e in entries if e.todo)
    out = [
        "---",
        "search:",
        "  exclude: true",
        "---",
        "# Source map",
        "",
        f"Where every line of the {len(notes)} original notes went: for each note, its "
        "line ranges (blank lines aside, every line is in one) and the section of the "
        f"guides that treats them, or why they were dropped. {len(entries)} ranges, "
        f"{dropped} dropped with a reason"
        + (f", {owed} not yet treated." if owed else ".")
        + " The notes are not reproduced here; the cue only says what a range is about.",
        "",
    ]
    for note in notes:
        title = _plain(note_titles.get(note, note))
        out += [f"## {title}", "", f"The note `{note}`.", ""]
        out += ["| lines | about | treated in |", "| --- | --- | --- |"]
        for entry in (e for e in entries if e.note == note):
            if entry.dropped:
                where = f"dropped: {_cell(entry.dropped)}"
            else:
                where = "<br>".join(_link(t, headings, titles) for t in entry.targets)
                if entry.todo:
                    where += f"<br>**not yet treated:** {_cell(entry.todo)}"
            out.append(f"| {entry.lines} | {_plain(entry.cue)} | {where} |")
        out.append("")
    return "\n".join(out)


def _link(target: str, headings: dict[str, dict[str, str]], titles: dict[str, str]) -> str:
    page, _, anchor = target.partition("#")
    known = headings.get(page, {})
    page_title = titles.get(page) or next(iter(known.values()), page)
    first = next(iter(known), None)
    text = (
        page_title if anchor in ("", first) else f"{page_title} {_SEP} {known.get(anchor, anchor)}"
    )
    return f"[{_plain(text)}]({target})"


def _cell(text: str) -> str:
    """Markdown of our own (a reason, what is owed) made safe for a table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _plain(text: str) -> str:
    """Text shown as is: no Markdown meaning (``__iter__`` is not bold)."""
    escaped = re.sub(r"([\\`*_\[\]|])", r"\\\1", text)
    return escaped.replace("<", "&lt;").replace("\n", " ")


def site_page(root: Path, docs_dir: Path, titles: dict[str, str] | None = None) -> str:
    """The Source map page for the site, from ``<root>/source-map.yml`` and the docs."""
    entries = load(root / MAP_FILE)
    return page_markdown(entries, docs_headings(docs_dir), titles, note_titles(root, entries))


def note_titles(root: Path, entries: list[Entry]) -> dict[str, str]:
    """Each note's title: ``titles:`` in the map, else the note's first heading where the
    notes are at hand, else its file name."""
    import yaml

    data = yaml.safe_load((root / MAP_FILE).read_text(encoding="utf-8"))
    found = dict(data.get("titles") or {})
    for note in dict.fromkeys(e.note for e in entries):
        path = notes_dir(root) / note
        if note not in found and path.is_file():
            heading = re.search(r"^#+\s+(.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
            found[note] = heading.group(1).strip() if heading else note
    return found
