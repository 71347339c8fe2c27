"""Parse Markdown pages into runnable code blocks, their directives and outputs.

Only this module knows the Markdown syntax. It uses markdown-it-py (CommonMark)
plus one block rule for Material's indented containers (admonitions ``!!!``,
collapsible blocks ``???`` and content tabs ``===``), so that fences nested in
them are found, with their real line numbers.
"""

from __future__ import annotations

import ast
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

#: Fence languages that are shown but never run. Anything else is an error.
NON_CODE_LANGUAGES = frozenset(
    {
        "text",
        "console",
        "mermaid",
        "yaml",
        "toml",
        "json",
        "ini",
        "markdown",
        "diff",
        "html",
        "css",
        "csv",
    }
)
#: Fence languages that look like Python but would not run anywhere: a false green.
PYTHON_LOOKALIKES = frozenset({"py", "python3", "py3", "pycon", "ipython", "pyi"})
#: Fence languages pytest-codeblocks would execute as shell commands.
SHELL_LANGUAGES = frozenset({"sh", "bash", "zsh", "shell"})

DEVICES = ("cpu", "cuda", "mps")
DEFAULT_TIMEOUT = 60.0

_BUG = re.compile(r'!!! bug(?:\s+"([^"]*)")?')
_FIGURE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\.(svg|png)")
_CONTAINER_MARKER = re.compile(r"(!!!|\?\?\?\+?|===[+!]?)(\s|$)")
_COMMENT = re.compile(r"^<!--[-\s]*(.*?)[-\s]*-->\s*$", re.DOTALL)
_HEADING_WORD = re.compile(r"[a-z0-9]+")


class DocError(Exception):
    """Malformed documentation: always names the Markdown file and line."""

    def __init__(self, path: Path | str, line: int, message: str):
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


@dataclass
class Output:
    """An output fence that shows what the code block before it prints."""

    line: int  # 1-based line of the opening fence
    body_start: int  # 0-based index of the first body line
    body_end: int  # 0-based index one past the last body line
    indent: str
    text: str
    mode: str  # "exact" (pytest-codeblocks) or "approx" (this engine only)
    rtol: float = 0.0
    ignore_whitespace: bool = False


@dataclass
class CodeBlock:
    """A ``python`` fence: one snippet file, one test item per device."""

    page: Path
    line: int  # 1-based line of the opening fence
    index: int  # 1-based position among the page's python fences
    label: str
    code: str
    continues: CodeBlock | None = None
    raises: str | None = None
    raises_match: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    setups: tuple[str, ...] = ()
    devices: tuple[str, ...] = DEVICES
    allowed_warnings: tuple[str, ...] = ()
    skip_reason: str | None = None
    skipif: str | None = None
    spawn: bool = False
    figures: tuple[str, ...] = ()
    output: Output | None = None
    fence_indent: str = ""

    @property
    def name(self) -> str:
        return f"{self.index:02d}_{self.label}"

    @property
    def chain(self) -> list[CodeBlock]:
        """This block preceded by every block it continues, oldest first."""
        blocks = [self]
        while blocks[0].continues is not None:
            blocks.insert(0, blocks[0].continues)
        return blocks


@dataclass
class Correction:
    """A ``!!! bug`` admonition: a fix of the original notes, and the blocks that prove it."""

    page: Path
    line: int  # 1-based line of the ``!!! bug`` marker
    title: str
    heading: str  # the section it sits in
    quote: str  # the first line it quotes from the original note
    blocks: list[CodeBlock] = field(default_factory=list)


@dataclass
class Page:
    path: Path
    source: str
    blocks: list[CodeBlock] = field(default_factory=list)
    fence_count: int = 0  # every fence, of any language
    notebook: bool = False  # <!--snippet:notebook-->: an executed notebook of the page
    corrections: list[Correction] = field(default_factory=list)


@dataclass
class _Directives:
    """Directives read from the HTML comments right above one fence."""

    line: int
    cont: bool = False
    expected_output: str | None = None  # "exact" or "ignore-whitespace"
    approx_output: float | None = None
    raises: str | None = None
    raises_match: str | None = None
    xfail: bool = False
    timeout: float | None = None
    setups: list[str] = field(default_factory=list)
    devices: tuple[str, ...] | None = None
    allowed_warnings: list[str] = field(default_factory=list)
    skip_reason: str | None = None
    skipif: str | None = None
    spawn: bool = False
    label: str | None = None
    figures: list[str] = field(default_factory=list)

    def any_for_code(self) -> bool:
        return any(
            [
                self.cont,
                self.raises,
                self.xfail,
                self.timeout is not None,
                self.setups,
                self.devices is not None,
                self.allowed_warnings,
                self.skip_reason,
                self.skipif,
                self.spawn,
                self.label,
                self.figures,
            ]
        )


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
    end = start_line + 1
    line = start_line + 1
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


def markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.block.ruler.before(
        "fence", "container", _container, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    return md


def _kwargs(path: Path, line: int, text: str) -> dict[str, object]:
    """Parse ``f(a=1, b="x")``-style keyword arguments of a pytest mark."""
    try:
        call = ast.parse(f"f({text})", mode="eval").body
    except SyntaxError as error:
        raise DocError(path, line, f"cannot parse mark arguments ({text})") from error
    assert isinstance(call, ast.Call)
    result: dict[str, object] = {"__args__": [ast.unparse(a) for a in call.args]}
    for keyword in call.keywords:
        try:
            result[keyword.arg or ""] = ast.literal_eval(keyword.value)
        except ValueError:
            result[keyword.arg or ""] = ast.unparse(keyword.value)
    return result


def _read_snippet_directive(path: Path, line: int, text: str, d: _Directives) -> None:
    try:
        words = shlex.split(text)
    except ValueError as error:
        raise DocError(path, line, f"cannot parse directive <!--snippet:{text}-->") from error
    if not words:
        raise DocError(path, line, "empty <!--snippet:--> directive")
    name, args = words[0], words[1:]
    options = dict(a.split("=", 1) for a in args if "=" in a)
    positional = [a for a in args if "=" not in a]

    def need(count: int, usage: str) -> None:
        if len(positional) != count:
            raise DocError(path, line, f"usage: <!--snippet:{name} {usage}-->")

    if name == "raises":
        need(1, "ExceptionName [match=REGEX]")
        d.raises = positional[0]
        d.raises_match = options.get("match")
        if d.raises_match is not None:
            try:
                re.compile(d.raises_match)
            except re.error as error:
                raise DocError(path, line, f"bad match regex: {error}") from error
    elif name == "timeout":
        need(1, "SECONDS")
        try:
            d.timeout = float(positional[0])
        except ValueError:
            raise DocError(
                path, line, f"timeout must be a number of seconds, not {positional[0]!r}"
            ) from None
        if d.timeout <= 0:
            raise DocError(path, line, "timeout must be positive")
    elif name == "setup":
        need(1, "NAME")
        from .setups import SETUPS

        if positional[0] not in SETUPS:
            known = ", ".join(sorted(SETUPS)) or "none"
            raise DocError(path, line, f"unknown setup {positional[0]!r} (known: {known})")
        d.setups.append(positional[0])
    elif name == "devices":
        if not positional or any(p not in DEVICES for p in positional):
            raise DocError(
                path,
                line,
                f"usage: <!--snippet:devices DEVICE...--> with devices from {', '.join(DEVICES)}",
            )
        d.devices = tuple(positional)
    elif name == "allow-warning":
        need(1, 'WarningClass reason="..."')
        if not options.get("reason"):
            raise DocError(
                path,
                line,
                'an allowed warning needs a reason: <!--snippet:allow-warning Name reason="..."-->',
            )
        d.allowed_warnings.append(positional[0])
    elif name == "output":
        rtol = options.get("rtol", "0")
        try:
            d.approx_output = float(rtol)
        except ValueError:
            raise DocError(path, line, f"rtol must be a number, not {rtol!r}") from None
        if positional:
            raise DocError(path, line, "usage: <!--snippet:output [rtol=0.1]-->")
    elif name == "label":
        need(1, "snake_case_name")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", positional[0]):
            raise DocError(path, line, f"label must be snake_case, not {positional[0]!r}")
        d.label = positional[0]
    elif name == "figure":
        need(1, "NAME.svg")
        if not _FIGURE_NAME.fullmatch(positional[0]):
            raise DocError(
                path,
                line,
                f"figure name must look like name.svg or name.png, not {positional[0]!r}",
            )
        d.figures.append(positional[0])
    elif name == "spawn":
        need(0, "")
        d.spawn = True
    else:
        raise DocError(path, line, f"unknown directive <!--snippet:{name}-->")


def _read_directive(path: Path, line: int, comment: str, d: _Directives) -> bool:
    """Apply one HTML comment to ``d``; return False if it is not a directive."""
    match = _COMMENT.match(comment.strip())
    if not match:
        return False
    text = match.group(1).strip()
    if text.startswith("pytest-codeblocks:"):
        keyword = text.removeprefix("pytest-codeblocks:").strip()
        if keyword == "cont":
            d.cont = True
        elif keyword == "expected-output":
            d.expected_output = "exact"
        elif keyword == "expected-output-ignore-whitespace":
            d.expected_output = "ignore-whitespace"
        elif keyword in {
            "skip",
            "skipif",
            "expect-exception",
            "expect-error",
        } or keyword.startswith("skipif("):
            raise DocError(
                path,
                line,
                f"<!--pytest-codeblocks:{keyword}--> is deprecated; use "
                "<!--pytest.mark.skip(reason=...)--> or <!--snippet:raises Name--> "
                "with <!--pytest.mark.xfail(strict=True, reason=...)-->",
            )
        else:
            raise DocError(path, line, f"unknown directive <!--pytest-codeblocks:{keyword}-->")
        return True
    if text.startswith("pytest.mark."):
        mark = re.fullmatch(r"pytest\.mark\.(\w+)(?:\((.*)\))?", text, re.DOTALL)
        if not mark:
            raise DocError(path, line, f"cannot parse <!--{text}-->")
        kind, arguments = mark.group(1), _kwargs(path, line, mark.group(2) or "")
        if kind in {"skip", "skipif"}:
            reason = arguments.get("reason")
            if not isinstance(reason, str) or not reason.strip():
                raise DocError(path, line, f'pytest.mark.{kind} needs a reason: reason="..."')
            d.skip_reason = reason
            if kind == "skipif":
                condition = arguments["__args__"]
                if len(condition) != 1:  # type: ignore[arg-type]
                    raise DocError(path, line, "pytest.mark.skipif takes one condition")
                d.skipif = condition[0]  # type: ignore[index]
        elif kind == "xfail":
            if arguments.get("strict") is not True or not arguments.get("reason"):
                raise DocError(path, line, "pytest.mark.xfail needs strict=True and a reason")
            d.xfail = True
        else:
            raise DocError(path, line, f"unsupported mark <!--pytest.mark.{kind}-->")
        return True
    if text.startswith("snippet:"):
        _read_snippet_directive(path, line, text.removeprefix("snippet:"), d)
        return True
    if re.match(r"(pytest|snippet)\b", text):
        raise DocError(path, line, f"unknown directive <!--{text}-->")
    return False


_WORKER_PROCESSES = re.compile(r"num_workers\s*=\s*(?!0\b)\w|\bmultiprocessing\b")


def starts_processes(code: str) -> bool:
    """Whether code starts worker processes (DataLoader workers, multiprocessing).

    Such a block also runs with the ``spawn`` start method (macOS and Windows use
    it), so code that only works with ``fork`` fails here too.
    """
    return bool(_WORKER_PROCESSES.search(code))


_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "that",
        "the",
        "to",
        "what",
    ]
)


def _slug(heading: str, limit: int = 30) -> str:
    """``"A custom iterator class, and the same"`` → ``custom_iterator_class_same``."""
    words = [
        w for w in _HEADING_WORD.findall(heading.lower()) if w not in _STOPWORDS and not w.isdigit()
    ]
    label = ""
    for word in words:
        candidate = f"{label}_{word}" if label else word
        if len(candidate) > limit and label:
            break
        label = candidate[:limit]
    return label or "block"


def _check_fence_closed(path: Path, lines: list[str], token) -> None:
    start, end = token.map
    # A fence in a blockquote carries the quote markers on every line.
    last = re.sub(r"^[\s>]*", "", lines[end - 1]).strip() if end - 1 < len(lines) else ""
    closed = (
        end - start >= 2
        and last
        and set(last) == {token.markup[0]}
        and len(last) >= len(token.markup)
    )
    if not closed:
        raise DocError(path, start + 1, f"unclosed code fence {token.markup}{token.info}")


def parse_page(path: Path, source: str | None = None, *, display_path: Path | None = None) -> Page:
    """Parse one Markdown page. Raises DocError for anything the engine cannot account for."""
    shown = display_path or path
    if source is None:
        source = path.read_text(encoding="utf-8")
    lines = source.split("\n")
    tokens = markdown_parser().parse(source)
    page = Page(path=shown, source=source)

    pending = _Directives(line=0)  # pending.line: where the pending directives start, or 0
    heading = ""
    last_code: CodeBlock | None = None
    last_fence_was_code = False
    labels: set[str] = set()
    correction_ends: list[int] = []

    for i, token in enumerate(tokens):
        if token.type == "inline" and i > 0 and tokens[i - 1].type == "heading_open":
            heading = token.content
            continue
        if token.type == "html_block":
            block_line = token.map[0] + 1
            comment = _COMMENT.match(token.content.strip())
            if comment and comment.group(1).strip() == "snippet:notebook":
                page.notebook = True  # a page-level directive, not attached to a fence
                continue
            if _read_directive(shown, block_line, token.content, pending):
                pending.line = pending.line or block_line
            continue
        if token.type == "container_open":
            bug = _BUG.match(token.info.strip())
            if bug:
                quoted = [
                    line.strip().lstrip(">").strip()
                    for line in lines[token.map[0] : token.map[1]]
                    if line.strip().startswith(">")
                ]
                quote = next((q for q in quoted if q and not q.startswith("```")), "")
                page.corrections.append(
                    Correction(
                        shown, token.map[0] + 1, bug.group(1) or "Correction", heading, quote
                    )
                )
                correction_ends.append(token.map[1])
        if token.type == "code_block":
            raise DocError(
                shown, token.map[0] + 1, "indented code block: use a fenced block with a language"
            )
        if token.type != "fence":
            if pending.line and token.type not in {"paragraph_close", "heading_close"}:
                raise DocError(
                    shown, pending.line, "directive is not directly followed by a code fence"
                )
            continue

        line = token.map[0] + 1
        page.fence_count += 1
        _check_fence_closed(shown, lines, token)
        if token.markup[0] != "`":
            raise DocError(
                shown, line, "use backtick fences (```); pytest-codeblocks does not see ~~~ fences"
            )
        info = token.info.strip()
        lang, _, extra = info.partition(" ")
        indent = re.match(r"\s*", lines[token.map[0]]).group(0)
        directives, pending = pending, _Directives(line=0)

        if lang == "python":
            if extra.strip():
                raise DocError(
                    shown,
                    line,
                    f"python fence with attributes ({info!r}) is not run by "
                    "pytest-codeblocks: keep fences plain",
                )
            if directives.expected_output or directives.approx_output is not None:
                raise DocError(shown, line, "an output directive must precede a ```text fence")
            if directives.raises and not directives.xfail:
                raise DocError(
                    shown,
                    line,
                    "a block that raises also needs "
                    '<!--pytest.mark.xfail(strict=True, reason="...")--> '
                    "so that pytest --codeblocks expects the failure",
                )
            if directives.raises and directives.cont:
                raise DocError(
                    shown,
                    line,
                    "a block that raises cannot continue another: pytest-codeblocks merges it "
                    "into the first block and drops its marks; make it a standalone block",
                )
            if directives.xfail and not directives.raises:
                raise DocError(
                    shown,
                    line,
                    "pytest.mark.xfail needs <!--snippet:raises Name--> to say what it raises",
                )
            continued = None
            if directives.cont:
                if last_code is None or not last_fence_was_code:
                    raise DocError(
                        shown,
                        line,
                        "<!--pytest-codeblocks:cont--> must follow a python block (and its "
                        "output): pytest-codeblocks continues the fence right before it",
                    )
                continued = last_code
            label = directives.label or _slug(heading)
            index = len(page.blocks) + 1
            if directives.label and directives.label in labels:
                raise DocError(
                    shown, line, f"label {directives.label!r} is used twice on this page"
                )
            labels.add(label)
            block = CodeBlock(
                page=shown,
                line=line,
                index=index,
                label=label,
                code=token.content,
                continues=continued,
                raises=directives.raises,
                raises_match=directives.raises_match,
                timeout=directives.timeout or DEFAULT_TIMEOUT,
                setups=tuple(directives.setups),
                devices=directives.devices or DEVICES,
                allowed_warnings=tuple(directives.allowed_warnings),
                skip_reason=directives.skip_reason,
                skipif=directives.skipif,
                spawn=directives.spawn or starts_processes(token.content),
                figures=tuple(directives.figures),
                fence_indent=indent,
            )
            if continued is not None:
                _inherit(block, continued)
            try:
                compile(block.code, f"{shown}:{line}", "exec")
            except SyntaxError as error:
                raise DocError(
                    shown, line + (error.lineno or 0), f"python block does not compile: {error.msg}"
                ) from None
            page.blocks.append(block)
            if page.corrections and token.map[0] < correction_ends[-1]:
                page.corrections[-1].blocks.append(block)
            last_code = block
            last_fence_was_code = True
            continue

        if lang in PYTHON_LOOKALIKES:
            raise DocError(shown, line, f"fence language {lang!r} is never run: spell it python")
        if lang in SHELL_LANGUAGES:
            raise DocError(
                shown,
                line,
                f"fence language {lang!r} would be executed by pytest-codeblocks: use console",
            )
        if not lang:
            raise DocError(shown, line, "fence without a language: say python, text, console, ...")
        if lang not in NON_CODE_LANGUAGES:
            known = ", ".join(sorted(NON_CODE_LANGUAGES))
            raise DocError(
                shown, line, f"unknown fence language {lang!r} (run: python; shown: {known})"
            )
        if directives.any_for_code():
            raise DocError(shown, directives.line, f"code directives before a ```{lang} fence")
        if directives.expected_output or directives.approx_output is not None:
            if lang != "text" or extra.strip():
                raise DocError(shown, line, "an output fence must be a plain ```text fence")
            if not last_fence_was_code or last_code is None:
                raise DocError(shown, line, "an output fence must directly follow a python fence")
            if last_code.output is not None:
                raise DocError(shown, line, "this python block already has an output fence")
            start, end = token.map
            last_code.output = Output(
                line=line,
                body_start=start + 1,
                body_end=end - 1,
                indent=indent,
                text=token.content,
                mode="exact" if directives.expected_output else "approx",
                rtol=directives.approx_output or 0.0,
                ignore_whitespace=directives.expected_output == "ignore-whitespace",
            )
            continue  # a block's output does not end it: a continuation may follow
        if not lines[token.map[0]].lstrip().startswith(">"):
            last_fence_was_code = False  # pytest-codeblocks does not see quoted fences

    if pending.line:
        raise DocError(shown, pending.line, "directive is not followed by a code fence")
    _check_chains(page)
    return page


def _inherit(block: CodeBlock, earlier: CodeBlock) -> None:
    """A continued block runs the earlier code too, so it needs the same setup."""
    block.setups = tuple(dict.fromkeys(earlier.setups + block.setups))
    block.spawn = block.spawn or earlier.spawn
    if block.timeout == DEFAULT_TIMEOUT:
        block.timeout = earlier.timeout
    if earlier.raises:
        raise DocError(
            block.page, block.line, "cannot continue a block that raises: its code stops there"
        )


def _check_chains(page: Page) -> None:
    """pytest-codeblocks merges a chain into its first block and checks one output.

    To keep both runners in agreement, an exact output may only sit on the last
    block of a chain, and only one per chain.
    """
    for block in page.blocks:
        if block.continues is None:
            continue
        earlier = block.continues
        if earlier.output is not None and earlier.output.mode != "approx":
            raise DocError(
                page.path,
                earlier.output.line,
                "an exact output (pytest-codeblocks:expected-output) must be on the last "
                "block of a continued chain; use <!--snippet:output--> here",
            )


def parse_docs(docs_dir: Path, root: Path) -> list[Page]:
    """Parse every page under ``docs_dir`` (sorted), with paths shown relative to ``root``."""
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        pages.append(parse_page(path, display_path=path.relative_to(root)))
    return pages
