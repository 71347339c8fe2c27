"""Markdown syntax: the page's text, tokens, fences, HTML comments and containers.

Only this module knows Markdown. It uses markdown-it-py (CommonMark) plus one block rule for
Material's indented containers (admonitions ``!!!``, collapsible blocks ``???`` and content
tabs ``===``), so that fences nested in them are found, with their real line numbers. It
turns the tokens into a flat list of :class:`Item` for the model in ``parse.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

_CONTAINER_MARKER = re.compile(r"(!!!|\?\?\?\+?|===[+!]?)(\s|$)")
#: One HTML comment; group 1 is its text without the dashes and spaces around it.
COMMENT = re.compile(r"<!--[-\s]*(.*?)[-\s]*-->", re.DOTALL)
_FENCE_LINE = re.compile(r"^[ \t>]*(`{3,}|~{3,})", re.MULTILINE)
#: pymdownx.snippets pulls a file in with ``--8<-- "file"`` (also inside fences).
_INCLUDE_LINE = re.compile(r"^[ \t>]*;*-+8<-+", re.MULTILINE)
_BAD_CHARACTERS = re.compile(r"\x00|\r(?!\n)")


class DocError(Exception):
    """Malformed documentation: always names the Markdown file and line."""

    def __init__(self, path: Path | str, line: int, message: str):
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def decode(path: Path, data: bytes | str) -> str:
    """The page's text. Not UTF-8, a NUL or a lone carriage return is an error with its line."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise DocError(
                path, line, f"not valid UTF-8 ({error.reason}): save it as UTF-8"
            ) from None
    bad = _BAD_CHARACTERS.search(data)
    if bad:
        what = "a NUL character" if bad.group() == "\0" else "a carriage return without a newline"
        raise DocError(path, _line_of(data, bad.start()), f"{what} in the page")
    return data


def _container(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A Material container: a marker line, then lines indented four more spaces.

    Like Python-Markdown, and unlike CommonMark plugins that stop at two blank
    lines, the body ends only at a non-blank line with less indentation, so a
    code block with blank lines inside an admonition stays whole.
    """
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    start = state.bMarks[start_line] + state.tShift[start_line]
    if not _CONTAINER_MARKER.match(state.src[start : state.eMarks[start_line]]):
        return False
    if silent:
        return True
    indent = state.sCount[start_line] + 4
    end = line = start_line + 1
    while line < end_line:
        if not state.isEmpty(line):
            if state.sCount[line] < indent:
                break
            end = line + 1
        line += 1
    saved = state.parentType, state.lineMax, state.blkIndent
    state.parentType, state.lineMax, state.blkIndent = "container", end, indent
    token = state.push("container_open", "div", 1)
    token.map = [start_line, end]
    token.block = True
    token.info = state.src[start : state.eMarks[start_line]]  # e.g. '!!! bug "Title"'
    state.md.block.tokenize(state, start_line + 1, end)
    state.push("container_close", "div", -1).block = True
    state.parentType, state.lineMax, state.blkIndent = saved
    state.line = end
    return True


@cache
def markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.block.ruler.before(
        "fence", "container", _container, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    return md


@dataclass(frozen=True)
class Item:
    """What the model needs of a token: a heading, comment, html, container, fence or other."""

    kind: str
    line: int  # 1-based
    text: str = ""  # heading, comment text, raw HTML, container marker line, fence content
    end: int = 0  # a container's or a fence's 0-based end line (one past its last)
    lang: str = ""  # a fence's language, what follows it, its indentation
    extra: str = ""
    indent: str = ""
    quoted: bool = False  # a fence inside a blockquote, which pytest-codeblocks does not see


def _fence(path: Path, lines: list[str], token) -> Item:
    start, end = token.map
    line = start + 1
    # A fence in a blockquote carries the quote markers on every line.
    last = re.sub(r"^[\s>]*", "", lines[end - 1]).strip() if end - 1 < len(lines) else ""
    closed = end - start >= 2 and set(last) == {token.markup[0]} and len(last) >= len(token.markup)
    if not closed:
        raise DocError(path, line, f"unclosed code fence {token.markup}{token.info}")
    if token.markup[0] != "`":
        raise DocError(path, line, "use backtick fences (```); pytest-codeblocks ignores ~~~")
    lang, _, extra = token.info.strip().partition(" ")
    indent, quoted = re.match(r"\s*", lines[start]).group(), lines[start].lstrip()[:1] == ">"
    return Item("fence", line, token.content, end, lang, extra.strip(), indent, quoted)


def _html(path: Path, token) -> Item:
    line = token.map[0] + 1
    fence = _FENCE_LINE.search(token.content)
    if fence:
        raise DocError(
            path,
            line + token.content.count("\n", 0, fence.start()),
            "a code fence inside raw HTML (or an HTML comment) is never run: move it out, "
            "with a blank line between the HTML tags and the fence",
        )
    whole = COMMENT.fullmatch(token.content.strip())
    if whole and "<!--" not in whole.group(1):
        return Item("comment", line, whole.group(1).strip())
    return Item("html", line, token.content)


def _inline_html(token) -> Iterator[Item]:
    for child in token.children or []:
        if child.type == "html_inline":
            offset = token.content.find(child.content)
            yield Item(
                "html",
                token.map[0] + 1 + token.content.count("\n", 0, max(offset, 0)),
                child.content,
            )


def items(path: Path, text: str) -> Iterator[Item]:
    """The page's tokens, in order, as items; raises DocError for what Markdown cannot hold."""
    include = _INCLUDE_LINE.search(text)
    if include:
        raise DocError(
            path, _line_of(text, include.start()), "--8<-- includes are not run: inline the text"
        )
    lines = text.split("\n")
    tokens = markdown_parser().parse(text)
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "inline":
            if tokens[i - 1].type == "heading_open":
                yield Item("heading", token.map[0] + 1, token.content)
            yield from _inline_html(token)
        elif kind == "html_block":
            yield _html(path, token)
        elif kind == "container_open":
            yield Item("container", token.map[0] + 1, token.info.strip(), end=token.map[1])
        elif kind == "fence":
            yield _fence(path, lines, token)
        elif kind == "code_block":
            raise DocError(
                path, token.map[0] + 1, "indented code block: use a fenced block with a language"
            )
        elif kind not in {"paragraph_close", "heading_close"}:
            yield Item("other", token.map[0] + 1 if token.map else 0)
