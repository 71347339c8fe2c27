"""The documentation model: pages, their runnable code blocks, outputs and corrections.

The Markdown syntax is in ``markdown_syntax.py``, the directives in ``directives.py``. Every
fence is accounted for: a ``python`` fence is a block that runs, a ``text`` fence after an
output directive is its output, other fences must say what they show. Each page is parsed
once per process: results are kept per file and reused while its content is the same.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from verified_docs.model import directives
from verified_docs.model.directives import (
    DEFAULT_TIMEOUT,
    DEVICES,
    Directives,
    RunSpec,
    release,
)
from verified_docs.model.markdown import COMMENT, DocError, Item, decode, items, markdown_parser

__all__ = [
    "DEVICES",
    "CodeBlock",
    "Correction",
    "DocError",
    "Output",
    "Page",
    "RunSpec",
    "markdown_parser",
]

#: Fence languages that are shown but never run. Anything else is an error.
NON_CODE_LANGUAGES = frozenset(
    "text console mermaid yaml toml json ini markdown diff html css csv".split()  # noqa: SIM905
)
#: Fence languages that look like Python but would not run anywhere: a false green.
PYTHON_LOOKALIKES = frozenset({"py", "python3", "py3", "pycon", "ipython", "pyi"})
#: Fence languages pytest-codeblocks would execute as shell commands.
SHELL_LANGUAGES = frozenset({"sh", "bash", "zsh", "shell"})

_BUG = re.compile(r'(?:!!!|\?\?\?\+?) bug(?:\s+"([^"]*)")?')
_HEADING_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are as at be by can for from in is it of on or that the to what".split()  # noqa: SIM905
)
_WORKER_PROCESSES = re.compile(r"num_workers\s*=\s*(?!0\b)\w|\bmultiprocessing\b")


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


@dataclass
class CodeBlock:
    """A ``python`` fence: one snippet file, one test item per device."""

    page: Path
    line: int  # 1-based line of the opening fence
    index: int  # 1-based position among the page's python fences
    label: str
    code: str
    spec: RunSpec = field(default_factory=RunSpec)
    continues: CodeBlock | None = None
    output: Output | None = None
    fence_indent: str = ""
    #: <!--snippet:accelerator-only-->: the lines a CPU run skips can only run on an
    #: accelerator (the page says they await one; the site build accepts them unrun)
    accelerator_only: bool = False

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
    end: int = 0  # 0-based index one past its last line


@dataclass
class Page:
    path: Path
    source: str
    blocks: list[CodeBlock] = field(default_factory=list)
    fence_count: int = 0  # every fence, of any language
    notebook: bool = False  # <!--snippet:notebook-->: an executed notebook of the page
    corrections: list[Correction] = field(default_factory=list)


def starts_processes(code: str) -> bool:
    """Whether code starts worker processes (DataLoader workers, multiprocessing).

    Such a block also runs with the ``spawn`` start method (macOS and Windows use
    it), so code that only works with ``fork`` fails here too.
    """
    return bool(_WORKER_PROCESSES.search(code))


def _slug(heading: str, limit: int = 30) -> str:
    """``"A custom iterator class, and the same"`` → ``custom_iterator_class_same``."""
    words = [w for w in _HEADING_WORD.findall(heading.lower()) if w not in _STOPWORDS]
    label = ""
    for word in (w for w in words if not w.isdigit()):
        candidate = f"{label}_{word}" if label else word
        if len(candidate) > limit and label:
            break
        label = candidate[:limit]
    return label or "block"


def _language_problem(lang: str) -> str | None:
    if lang in PYTHON_LOOKALIKES:
        return f"fence language {lang!r} is never run: spell it python"
    if lang in SHELL_LANGUAGES:
        return f"fence language {lang!r} would be executed by pytest-codeblocks: use console"
    if not lang:
        return "fence without a language: say python, text, console, ..."
    if lang not in NON_CODE_LANGUAGES:
        known = ", ".join(sorted(NON_CODE_LANGUAGES))
        return f"unknown fence language {lang!r} (run: python; shown: {known})"
    return None


class _PageParser:
    """Walks a page's items once, keeping the directives that wait for the next fence."""

    def __init__(self, path: Path, source: str):
        self.path = path
        self.page = Page(path=path, source=source)
        self.pending = Directives()
        self.heading = ""
        self.last_code: CodeBlock | None = None
        self.last_fence_was_code = False
        self.lines = source.removeprefix("\ufeff").split("\n")

    def error(self, line: int, message: str) -> DocError:
        return DocError(self.path, line, message)

    def run(self) -> Page:
        handlers = {"heading": self.on_heading, "comment": self.on_comment, "html": self.on_html}
        handlers |= {"container": self.on_container, "fence": self.on_fence}
        for item in items(self.path, "\n".join(self.lines)):
            if self.pending.line and item.kind not in {"comment", "fence"}:
                raise self.error(
                    self.pending.line, "directive is not directly followed by a code fence"
                )
            handlers.get(item.kind, lambda item: None)(item)
        if self.pending.line:
            raise self.error(self.pending.line, "directive is not followed by a code fence")
        return self.page

    def on_heading(self, item: Item) -> None:
        self.heading = item.text

    def on_comment(self, item: Item) -> None:
        if directives.read(self.path, item.line, item.text, self.pending):
            if self.pending.notebook:
                self.page.notebook, self.pending.notebook = True, False
            else:
                self.pending.line = self.pending.line or item.line

    def on_html(self, item: Item) -> None:
        """A directive, or what looks like one, inside other HTML or text is never read: error."""
        for comment in COMMENT.finditer(item.text):
            text = comment.group(1).strip()
            if directives.looks_like_directive(text):
                line = item.line + item.text.count("\n", 0, comment.start())
                raise self.error(line, f"<!--{text}--> must stand alone on its line, above a fence")

    def on_container(self, item: Item) -> None:
        bug = _BUG.match(item.text)
        if bug:
            body = (line.strip() for line in self.lines[item.line - 1 : item.end])
            quoted = (q.lstrip(">").strip() for q in body if q.startswith(">"))
            quote = next((q for q in quoted if q and not q.startswith("```")), "")
            title = bug.group(1) or "Correction"
            correction = Correction(self.path, item.line, title, self.heading, quote, end=item.end)
            self.page.corrections.append(correction)

    def on_fence(self, fence: Item) -> None:
        self.page.fence_count += 1
        pending, self.pending = self.pending, Directives()
        if fence.lang == "python":
            self.on_python(fence, pending)
            return
        problem = _language_problem(fence.lang)
        if problem:
            raise self.error(fence.line, problem)
        if pending.any_for_code():
            raise self.error(pending.line, f"code directives before a ```{fence.lang} fence")
        if pending.expected_output or pending.approx_output is not None:
            self.on_output(fence, pending)  # an output does not end a block: it may continue
        elif not fence.quoted:
            self.last_fence_was_code = False  # pytest-codeblocks does not see quoted fences

    def on_output(self, fence: Item, d: Directives) -> None:
        last = self.last_code if self.last_fence_was_code else None
        problems = [
            (fence.lang != "text" or fence.extra, "an output fence must be a plain ```text fence"),
            (last is None, "an output fence must directly follow a python fence"),
            (
                last is not None and last.output is not None,
                "this python block already has an output fence",
            ),
        ]
        self.raise_first(fence.line, problems)
        assert last is not None
        last.output = Output(
            line=fence.line,
            body_start=fence.line,
            body_end=fence.end - 1,
            indent=fence.indent,
            text=fence.text,
            mode="exact" if d.expected_output else "approx",
            rtol=d.approx_output or 0.0,
        )

    def raise_first(self, line: int, problems: list[tuple[object, str]]) -> None:
        for condition, message in problems:
            if condition:
                raise self.error(line, message)

    def check_python(self, fence: Item, d: Directives) -> None:
        follows_code = self.last_code is not None and self.last_fence_was_code
        labels = {b.label for b in self.page.blocks}
        self.raise_first(
            fence.line,
            [
                (
                    fence.extra,
                    f"python fence with attributes ({fence.lang} {fence.extra!r}) is not run "
                    "by pytest-codeblocks: keep fences plain",
                ),
                (
                    not fence.text.strip(),
                    "empty python fence: write the code, or remove the fence",
                ),
                (
                    d.expected_output or d.approx_output is not None,
                    "an output directive must precede a ```text fence",
                ),
                (
                    d.run.get("raises") and not d.xfail,
                    "a block that raises also needs <!--pytest.mark.xfail(strict=True, "
                    'reason="...")--> so that pytest --codeblocks expects the failure',
                ),
                (
                    d.run.get("raises") and d.cont,
                    "a block that raises cannot continue another: pytest-codeblocks merges it "
                    "into the first block and drops its marks; make it a standalone block",
                ),
                (
                    d.xfail and not d.run.get("raises"),
                    "pytest.mark.xfail needs <!--snippet:raises Name--> to say what it raises",
                ),
                (
                    d.cont and not follows_code,
                    "<!--pytest-codeblocks:cont--> must follow a python block (and its "
                    "output): pytest-codeblocks continues the fence right before it",
                ),
                (d.label in labels, f"label {d.label!r} is used twice on this page"),
            ],
        )
        try:
            compile(fence.text, f"{self.path}:{fence.line}", "exec")
        except SyntaxError as error:
            line = fence.line + (error.lineno or 0)
            raise self.error(line, f"python block does not compile: {error.msg}") from None
        except (MemoryError, RecursionError, ValueError, OverflowError) as error:
            message = f"python block does not compile: {type(error).__name__}"
            raise self.error(fence.line, message) from None

    def on_python(self, fence: Item, d: Directives) -> None:
        self.check_python(fence, d)
        label, index = d.label or _slug(self.heading), len(self.page.blocks) + 1
        continues = self.last_code if d.cont else None
        spec = _inherit(d.spec(), continues, self.path, fence.line) if continues else d.spec()
        if starts_processes(fence.text):
            spec = dataclasses.replace(spec, spawn=True)
        block = CodeBlock(self.path, fence.line, index, label, fence.text, spec, continues)
        block.fence_indent = fence.indent
        block.accelerator_only = d.accelerator_only
        self.page.blocks.append(block)
        corrections = self.page.corrections
        if corrections and fence.line <= corrections[-1].end:
            corrections[-1].blocks.append(block)
        self.last_code, self.last_fence_was_code = block, True


def _inherit(spec: RunSpec, earlier: CodeBlock, path: Path, line: int) -> RunSpec:
    """A continued block runs the earlier code too, so it needs the same setup.

    pytest-codeblocks merges a chain into its first block and checks one output: to keep
    both runners in agreement, an exact output may only sit on the last block of a chain.
    """
    if earlier.spec.raises:
        raise DocError(path, line, "cannot continue a block that raises: its code stops there")
    if earlier.output is not None and earlier.output.mode != "approx":
        message = "an exact output (pytest-codeblocks:expected-output) must be on the last block"
        message += " of a continued chain; use <!--snippet:output--> here"
        raise DocError(path, earlier.output.line, message)
    before = earlier.spec
    return dataclasses.replace(
        spec,
        setups=tuple(dict.fromkeys(before.setups + spec.setups)),
        spawn=spec.spawn or before.spawn,
        timeout=before.timeout if spec.timeout == DEFAULT_TIMEOUT else spec.timeout,
        since=_newest(before.since + spec.since),
    )


def _newest(since: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """One minimum per package, the newest: a chain needs what each of its blocks needs."""
    newest: dict[str, str] = {}
    for package, version in since:
        old = newest.get(package)
        if old is None or release(version) > release(old):
            newest[package] = version
    return tuple(sorted(newest.items()))


_CACHE: dict[tuple[Path, Path], tuple[str, Page | DocError]] = {}


def parse_page(
    path: Path, source: str | bytes | None = None, *, display_path: Path | None = None
) -> Page:
    """Parse one Markdown page. Raises DocError for anything the engine cannot account for.

    ``source`` is the page's text if the caller has read it already. A page is parsed
    once per process: a second call with the same content reuses the result.
    """
    shown = display_path or path
    if path.suffix != ".md":
        message = f"MkDocs publishes {path.suffix} pages, which nothing here runs: name it .md"
        raise DocError(shown, 1, message)
    data = path.read_bytes() if source is None else source
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    key, digest = (path.resolve(), shown), hashlib.sha256(raw).hexdigest()
    if _CACHE.get(key, ("",))[0] != digest:
        try:
            _CACHE[key] = digest, _PageParser(shown, decode(shown, data)).run()
        except DocError as error:
            _CACHE[key] = digest, error
    result = _CACHE[key][1]
    if isinstance(result, DocError):
        raise DocError(result.path, result.line, result.message)
    return result


#: What MkDocs publishes as a Markdown page; this engine reads ``.md`` only, and refuses the
#: others rather than publish code that nothing runs.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def markdown_files(docs_dir: Path) -> list[Path]:
    return sorted(p for p in docs_dir.rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES)


def parse_docs(docs_dir: Path, root: Path) -> list[Page]:
    """Parse every page under ``docs_dir`` (sorted), with paths shown relative to ``root``."""
    return [parse_page(p, display_path=p.relative_to(root)) for p in markdown_files(docs_dir)]
