"""Compare what a snippet printed with the output fence under its block, and rewrite them.

Two modes:

* ``exact`` (``<!--pytest-codeblocks:expected-output-->``): the fence body must
  equal stdout, character for character, as pytest-codeblocks checks it.
* ``approx`` (``<!--snippet:output rtol=0.05-->``): for output that varies
  between machines. Every number must be within ``rtol`` of the printed one
  (relative; ``rtol=0`` means equal), a line that is just ``...`` matches any
  number of lines, and ``...`` inside a line matches any text.

``make outputs`` rewrites only the fences that no longer match, so a fence kept
loose on purpose (with ``...``) stays as written.
"""

from __future__ import annotations

import difflib
import math
import re
from pathlib import Path

from verified_docs.model.page import CodeBlock, Output, Page, parse_page
from verified_docs.results import measurements
from verified_docs.results.store import now

_NUMBER = r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf)\b"
_TOKEN = re.compile(rf"(?P<dots>\.\.\.)|(?P<number>{_NUMBER})")


def _pattern(expected: str) -> tuple[re.Pattern[str], list[float]]:
    parts, numbers = [], []
    for line in expected.split("\n"):
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n?)*?")
            continue
        piece, position = [], 0
        for match in _TOKEN.finditer(line):
            piece.append(_literal(line[position : match.start()]))
            if match.group("dots"):
                piece.append(r"[^\n]*?")
            else:  # a formatted width pads a number with spaces on either side
                piece.append(f"[ \t]*({_NUMBER})[ \t]*")
                numbers.append(float(match.group("number")))
            position = match.end()
        piece.append(_literal(line[position:]))
        parts.append("".join(piece) + r"\n")
    regex = "".join(parts)
    # The split leaves an empty last line for a body that ends with a newline.
    regex = regex.removesuffix(r"\n").removesuffix(r"(?:[^\n]*\n?)*?")
    return re.compile(regex + r"\n?\Z", re.DOTALL), numbers


def _literal(text: str) -> str:
    """The text between numbers, where only the width of a run of spaces may differ."""
    return r"[ \t]*".join(re.escape(part) for part in re.split(r"[ \t]+", text))


def _close(expected: float, actual: float, rtol: float) -> bool:
    if math.isinf(rtol):  # a measurement: any number, an infinite one included
        return True
    if math.isnan(expected) or math.isnan(actual):
        return math.isnan(expected) and math.isnan(actual)
    return math.isclose(expected, actual, rel_tol=rtol, abs_tol=1e-12)


def _strip_line_ends(text: str) -> str:
    """Markdown keeps no trailing spaces: neither side of an approximate match has them."""
    return "\n".join(line.rstrip() for line in text.split("\n"))


def matches(output: Output, actual: str) -> bool:
    expected = output.text
    if output.mode == "exact":
        return expected == actual
    if math.isinf(output.rtol):  # a measurement: the line naming its machine is free text
        expected = re.sub(r"(?m)^(\s*machine:).*$", r"\1 ...", expected)
    pattern, numbers = _pattern(_strip_line_ends(expected).rstrip("\n"))
    found = pattern.match(_strip_line_ends(actual).rstrip("\n") + "\n")
    if not found:
        return False
    return all(
        _close(e, float(a), output.rtol) for e, a in zip(numbers, found.groups(), strict=True)
    )


def diff(expected: str, actual: str, where: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"{where} (on the page)",
        tofile="printed by the snippet",
    )
    return "".join(lines)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # a carriage return, a NUL, ...


def unwritable(block: CodeBlock, actual: str) -> str | None:
    """Why ``actual`` cannot be stored in the block's output fence, if it cannot."""
    where = f"{block.page.as_posix()}:{block.output.line}"
    if any(line.lstrip().startswith("```") for line in actual.split("\n")):
        return f"{where}: the output contains a fence line (```), which would end the fence early"
    control = _CONTROL.search(actual)
    if control:
        character = repr(control.group())
        return f"{where}: the output contains {character}, a control character a page cannot hold"
    if block.output.mode == "exact" and actual and not actual.endswith("\n"):
        return (
            f"{where}: the output does not end with a newline, which an exact fence cannot show; "
            "end it with one, or use <!--snippet:output-->"
        )
    if block.output.mode == "exact" and actual != _strip_line_ends(actual):
        return (
            f"{where}: the output has trailing spaces, which an exact fence cannot keep; "
            "use <!--snippet:output--> (it ignores them) or print without them"
        )
    return None


def rewrite(page: Page, actual_by_block: dict[int, str], *, refresh: bool = False) -> str:
    """The page's source with every stale output fence replaced by what was printed.

    With ``refresh``, fences that still match are rewritten too (new measurements),
    except those kept loose on purpose with ``...``.
    """
    lines = page.source.split("\n")
    edits: list[tuple[Output, str]] = []
    for block in page.blocks:
        if block.output is None or block.index not in actual_by_block:
            continue
        actual = actual_by_block[block.index]
        if not matches(block.output, actual) or (refresh and not loose(block.output, actual)):
            edits.append((block.output, actual))
    for output, actual in sorted(edits, key=lambda e: e[0].body_start, reverse=True):
        fence = lines[output.line - 1]
        prefix = fence[: fence.index("`")]  # its indentation, and "> " inside a blockquote
        if prefix.rstrip().endswith(">"):  # ">" eats one space after it: write "> " always
            prefix = prefix.rstrip() + " "
        printed = actual.removesuffix("\n").split("\n") if actual else []  # blank lines kept
        lines[output.body_start : output.body_end] = [
            f"{prefix}{line}".rstrip() for line in printed
        ]
    return "\n".join(lines)


def loose(output: Output, actual: str) -> bool:
    """Whether a fence uses ``...`` as a wildcard on purpose: kept as written, even when
    re-measuring."""
    return "..." in output.text and "..." not in actual


def measured(block: CodeBlock) -> bool:
    """A measurement's output (``rtol=inf``) and figures change with every run: they are
    rewritten only when asked to re-measure."""
    return block.output is not None and math.isinf(block.output.rtol)


def write_atomically(path: Path, data: str | bytes) -> None:
    path = path.resolve() if path.is_symlink() else path  # a page that is a link: its file
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)  # line ends as given
    tmp.replace(path)


def _refusal(page: Path, where: list[str]) -> str:
    if any(" was measured while " in w for w in where):
        return (
            f"{page}: left unchanged: {'; '.join(where)}. Rerun `make outputs REFRESH=1` when "
            "the machine is quiet"
        )
    return f"{page}: left unchanged because these blocks failed: {', '.join(where)}"


class Updates:
    """``pytest --update-outputs``: what the CPU run printed and drew, written back to docs/.

    A page is rewritten only if every block with an output or a figure ran, none failed
    for another reason than its output, and the page on disk is still the one that ran.
    """

    def __init__(self, mode: str | None):
        self.mode = mode  # None, "stale" or "refresh"
        self.printed: dict[Path, dict[int, str]] = {}
        self.figures: dict[Path, tuple[bytes, bool, Path]] = {}  # data, measured, its page
        self.failed: dict[Path, list[str]] = {}
        self.written: list[Path] = []
        self.sources: dict[Path, str] = {}  # each page as it was when its blocks were collected
        self.conditions: dict[Path, dict[str, dict]] = {}  # a refresh's measurements, by page
        self.env: dict = {}  # the CPU environment the run records its results in

    def wants(self, item) -> bool:
        """Every CPU run while updating: a page is written only if all of its blocks passed."""
        return bool(self.mode) and item.device == "cpu" and not item.spawn

    def record(self, block: CodeBlock, result, *, failed: bool) -> None:
        from verified_docs.results.snippets import figure_relpath

        if getattr(result, "output_cut", 0):
            failed = True  # a cut note must never be written into a page
        if failed:
            self.failed.setdefault(block.page, []).append(f"{block.page.as_posix()}:{block.line}")
            return
        if measured(block) and self._publishes(block.output, result.block_stdout):
            reason = measurements.busy(getattr(result, "machine", None))
            if reason:
                where = f"{block.page.as_posix()}:{block.line} was measured while {reason}"
                self.failed.setdefault(block.page, []).append(where)
                return
            found = measurements.entry(result.block_stdout, result.machine, self.env, now())
            self.conditions.setdefault(block.page, {})[measurements.name(block)] = found
        self.printed.setdefault(block.page, {})[block.index] = result.block_stdout
        if measured(block) and loose(block.output, result.block_stdout):
            return  # its printed figures stay as they are: so do the figures it draws
        for name, data in result.files.items():
            self.figures[figure_relpath(block, name)] = (data, measured(block), block.page)

    def _publishes(self, output: Output, printed: str) -> bool:
        """Whether a measurement's printed figures will replace the page's (see rewrite)."""
        return not matches(output, printed) or (
            self.mode == "refresh" and not loose(output, printed)
        )

    def apply(self, root: Path, say) -> list[str]:
        """Write what changed; return the problems that kept a page unchanged."""
        problems = [_refusal(page, where) for page, where in self.failed.items()]
        refused = set(self.failed)
        for page_path, printed in self.printed.items():
            if page_path not in refused:
                found = self._rewrite_page(root, page_path, printed, say)
                refused |= {page_path} if found else set()
                problems += found
        self._write_figures(root, refused, say)
        kept = {
            name: found
            for page, by_name in self.conditions.items()
            if page not in refused
            for name, found in by_name.items()
        }
        if kept:  # the conditions go with the figures they were taken under
            measurements.save(root, kept)
            self.written.append(Path(measurements.FILE))
            say(f"recorded the conditions of {len(kept)} measurements in {measurements.FILE}")
        return problems

    def _write_figures(self, root: Path, refused: set[Path], say) -> None:
        for relpath, (data, is_measurement, page_path) in self.figures.items():
            if page_path in refused:
                continue  # a figure and its page's printed figures are written together
            path = root / relpath
            keep = path.exists() and is_measurement and self.mode != "refresh"
            if not keep and (not path.exists() or path.read_bytes() != data):
                write_atomically(path, data)
                self.written.append(relpath)
                say(f"wrote {relpath}")

    def _rewrite_page(self, root: Path, page_path: Path, printed, say) -> list[str]:
        path = root / page_path
        ran = self.sources[page_path]
        if path.read_bytes().decode("utf-8", "replace") != ran:
            return [f"{page_path}: changed during the run, so its outputs were not written"]
        windows = "\r\n" in ran  # rewritten with "\n", saved with the page's own line ends
        page = parse_page(path, ran.replace("\r\n", "\n"), display_path=page_path)
        by_index = {b.index: b for b in page.blocks}
        problems = [
            problem
            for index, actual in printed.items()
            if by_index.get(index)
            and by_index[index].output
            and (problem := unwritable(by_index[index], actual))
        ]
        if problems:
            return problems
        text = rewrite(page, printed, refresh=self.mode == "refresh")
        if text != page.source:
            write_atomically(path, text.replace("\n", "\r\n") if windows else text)
            self.written.append(page_path)
            say(f"updated outputs in {page_path}")
        return []
