"""Directives: the HTML comments right above a fence that say how its code runs.

Three namespaces: ``<!--snippet:NAME ...-->`` (this engine), ``<!--pytest-codeblocks:KEYWORD-->``
and ``<!--pytest.mark.NAME(...)-->`` (shared with pytest-codeblocks). Each directive is one
small rule in a table. A comment that looks like a directive and is not exactly one (a typo in
the namespace or the name, an unknown option) is an error, so that nothing is silently ignored.
"""

from __future__ import annotations

import ast
import difflib
import importlib
import importlib.util
import math
import re
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from verified_docs.model.markdown import DocError

#: The devices a block runs on, with the name the site shows. A new device: here, and in
#: run/runner.py (finding it) and run/worker.py (hiding it from the CPU run, its memory use).
DEVICE_NAMES = {"cpu": "CPU", "cuda": "CUDA", "mps": "MPS"}
DEVICES = tuple(DEVICE_NAMES)
DEFAULT_TIMEOUT = 60.0
_HEAD = re.compile(r"[A-Za-z][\w.-]*")
_NAMESPACES = ("snippet:", "pytest-codeblocks:", "pytest.mark.")
#: Where a bare class name is looked up (the runner matches exceptions by name in the MRO).
_BARE = ("builtins", "pickle")  # where a bare exception name is looked up


class Invalid(Exception):
    """A directive's problem; the caller adds the file and line."""


@dataclass(frozen=True)
class RunSpec:
    """How a block runs: the one value the parser fills and the key, the snippet header, the
    runner and the worker read. A result's key hashes every field, so a new field changes it."""

    raises: str | None = None
    raises_match: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    setups: tuple[str, ...] = ()
    devices: tuple[str, ...] = DEVICES
    skip_reason: str | None = None
    skipif: str | None = None
    spawn: bool = False  # also run with the spawn start method (set when it starts processes)
    figures: tuple[str, ...] = ()
    #: <!--snippet:since torch=2.9-->: the oldest releases the block's behaviour holds on
    #: (older ones skip it, and the page says which release it needs)
    since: tuple[tuple[str, str], ...] = ()


#: Fields several directives add to (one per line); any other field is given at most once.
_REPEATABLE = ("setups", "figures")


@dataclass
class Directives:
    """Directives read from the HTML comments right above one fence."""

    line: int = 0  # where the pending directives start, or 0
    notebook: bool = False  # <!--snippet:notebook-->: a page-level directive
    accelerator_only: bool = False  # <!--snippet:accelerator-only-->: see CodeBlock
    expected_output: bool = False  # <!--pytest-codeblocks:expected-output-->
    approx_output: float | None = None
    cont: bool = False
    xfail: bool = False
    label: str | None = None
    run: dict[str, object] = field(default_factory=dict)  # the RunSpec fields given

    def set(self, name: str, value: object) -> None:
        if name in _REPEATABLE:
            value = (*self.run.get(name, ()), value)
        elif name in self.run:
            raise Invalid(f"{name.replace('_', ' ')} is given twice for this block")
        self.run[name] = value

    def spec(self) -> RunSpec:
        return RunSpec(**self.run)

    def any_for_code(self) -> bool:
        return bool(self.cont or self.xfail or self.label or self.run or self.accelerator_only)


def _deferred(module: str) -> bool:
    """Whether to leave ``module`` to the worker: parsing imports only what is imported already
    (torch is slow to import; importing another module would run its code at parse time)."""
    return module not in sys.modules and module not in _BARE


@cache
def resolve_exception(name: str, *, at_parse: bool = False) -> type | bool | None:
    """The exception class ``name`` (bare, or ``module.Class``) names, or None.

    ``at_parse``: True instead of importing torch, which takes seconds; the worker, which
    has torch imported, checks the name again before the snippet runs.
    """
    module_name, _, attribute = name.rpartition(".")
    for module in [module_name] if module_name else _BARE:
        if at_parse and _deferred(module):
            if importlib.util.find_spec(module.partition(".")[0]) is None:
                continue  # no such module: names no class
            return True
        try:
            value = getattr(importlib.import_module(module), attribute, None)
        except Exception:
            continue  # a module that does not import names no class
        if isinstance(value, type) and issubclass(value, BaseException):
            if value.__name__ != attribute:
                raise Invalid(f"{name} is another name for {value.__name__}: write that")
            return value
    return None


def exception_problem(name: str, *, at_parse: bool = False) -> str | None:
    """Why ``name`` is no exception class a block may declare it raises, or None."""
    if name.rpartition(".")[2] in {"BaseException", "Exception"}:
        return f"{name} is too broad: name the class the code raises"
    try:
        valid = re.fullmatch(r"[A-Za-z_][\w.]*", name)
        found = valid and resolve_exception(name, at_parse=at_parse)
    except Invalid as error:
        return str(error)
    if not found:
        where = ", ".join(_BARE)
        return f"{name!r} is not an exception class (bare names from {where}; or module.Class)"
    return None


def _number(text: str, what: str, allow_inf: bool = False) -> float:
    try:
        value = float(text)
    except ValueError:
        raise Invalid(f"{what}, not {text!r}") from None
    if math.isnan(value) or value < 0 or not (allow_inf or 0 < value < math.inf):
        raise Invalid(f"{what}, not {text!r}")
    return value


MAX_TIMEOUT = 86_400.0


def _timeout(text: str) -> float:
    value = _number(text, "timeout must be a positive, finite number of seconds")
    if value > MAX_TIMEOUT:
        raise Invalid(f"timeout must be at most {MAX_TIMEOUT:g} seconds (a day), not {text!r}")
    return value


def _raises(d: Directives, args: list[str], options: dict[str, str]) -> None:
    problem = exception_problem(args[0], at_parse=True)
    if problem:
        raise Invalid(problem)
    d.set("raises", args[0])
    if "match" in options:
        d.set("raises_match", options["match"])
    try:
        re.compile(options.get("match", ""))
    except (re.error, OverflowError, RecursionError) as error:
        raise Invalid(f"bad match regex: {error}") from None


def _setup(d: Directives, args: list[str], options: dict[str, str]) -> None:
    from verified_docs.run.setups import SETUPS

    if args[0] not in SETUPS:
        raise Invalid(f"unknown setup {args[0]!r} (known: {', '.join(sorted(SETUPS)) or 'none'})")
    d.set("setups", args[0])


def _devices(d: Directives, args: list[str], options: dict[str, str]) -> None:
    if not args or any(a not in DEVICES for a in args):
        raise Invalid(f"usage: <!--snippet:devices DEVICE...--> with devices from {DEVICES}")
    d.set("devices", tuple(args))


def release(version: str | None) -> tuple[int, ...]:
    """``2.6.0+cu124`` -> (2, 6, 0): a release as a tuple that compares (as text, "2.10" <
    "2.9"); () when ``version`` names none."""
    match = re.match(r"\d+(\.\d+)*", version or "")
    return tuple(int(part) for part in match.group().split(".")) if match else ()


#: What <!--snippet:since--> may name: the packages whose release decides a block's behaviour.
SINCE_PACKAGES = ("torch", "torchvision", "python")


def _since(d: Directives, args: list[str], options: dict[str, str]) -> None:
    if not options:
        raise Invalid(f"usage: <!--snippet:since {SNIPPET_RULES['since'].usage}-->")
    for package, version in options.items():
        if not re.fullmatch(r"\d+\.\d+(\.\d+)?", version):
            raise Invalid(f"since {package}= needs a release such as 2.9, not {version!r}")
    d.set("since", tuple(sorted(options.items())))


def _matching(pattern: str, name: str, what: str, many: bool = False) -> Callable:
    def apply(d: Directives, args: list[str], options: dict[str, str]) -> None:
        if not re.fullmatch(pattern, args[0]):
            raise Invalid(f"{name} must be {what}, not {args[0]!r}")
        if many:
            d.set(name, args[0])
        elif getattr(d, name) is not None:
            raise Invalid(f"{name} is given twice for this block")
        else:
            setattr(d, name, args[0])

    return apply


@dataclass(frozen=True)
class _Rule:
    usage: str
    apply: Callable[[Directives, list[str], dict[str, str]], None]
    count: int | None = 1  # positional arguments; None: any number
    options: tuple[str, ...] = ()


SNIPPET_RULES = {
    "raises": _Rule("ExceptionName [match=REGEX]", _raises, options=("match",)),
    "timeout": _Rule(
        "SECONDS",
        lambda d, args, o: d.set("timeout", _timeout(args[0])),
    ),
    "setup": _Rule("NAME", _setup),
    "devices": _Rule("DEVICE...", _devices, None),
    "output": _Rule(
        "[rtol=0.1]",
        lambda d, a, o: setattr(
            d,
            "approx_output",
            _number(o.get("rtol", "0"), "rtol must be a number >= 0 or inf", True),
        ),
        0,
        ("rtol",),
    ),
    "label": _Rule("snake_case_name", _matching(r"[a-z][a-z0-9_]*", "label", "snake_case")),
    "figure": _Rule(
        "NAME.svg", _matching(r"[a-z0-9][a-z0-9_-]*\.(svg|png)", "figures", "name.svg|png", True)
    ),
    "notebook": _Rule("", lambda d, a, o: setattr(d, "notebook", True), 0),
    "accelerator-only": _Rule("", lambda d, a, o: setattr(d, "accelerator_only", True), 0),
    "since": _Rule("torch=2.9 [torchvision=0.24] [python=3.11]", _since, 0, SINCE_PACKAGES),
}
CODEBLOCKS_KEYWORDS = {
    "cont": ("cont", True),
    "expected-output": ("expected_output", True),
}
_DEPRECATED = ("skip", "skipif", "expect-exception", "expect-error")
_MARK_KEYWORDS = {"skip": {"reason"}, "skipif": {"reason"}, "xfail": {"strict", "reason"}}
_WORDS = {"snippet", "pytest-codeblocks", "codeblocks", "pytest", "pytest.mark", "xfail"}
_WORDS |= {*SNIPPET_RULES, *CODEBLOCKS_KEYWORDS, *_DEPRECATED}


def _snippet(text: str, d: Directives) -> None:
    try:
        words = shlex.split(text)
    except ValueError:
        raise Invalid(f"cannot parse directive <!--snippet:{text}-->") from None
    name = words[0] if words else ""
    if name not in SNIPPET_RULES:
        close = difflib.get_close_matches(name, SNIPPET_RULES, 1)
        hint = f" (did you mean <!--snippet:{close[0]}-->?)" if close else ""
        raise Invalid(f"unknown directive <!--snippet:{name}-->{hint}")
    rule = SNIPPET_RULES[name]
    args = [w for w in words[1:] if "=" not in w]
    pairs = [w.split("=", 1) for w in words[1:] if "=" in w]
    options = dict(pairs)
    if len(options) < len(pairs):
        raise Invalid(f"an option is given twice in <!--snippet:{text}-->")
    unknown = sorted(set(options) - set(rule.options))
    if unknown or (rule.count is not None and len(args) != rule.count):
        what = f"unknown option {unknown[0]!r}; " if unknown else ""
        raise Invalid(f"{what}usage: <!--snippet:{f'{name} {rule.usage}'.strip()}-->")
    rule.apply(d, args, options)


def _codeblocks(keyword: str, d: Directives) -> None:
    if keyword in CODEBLOCKS_KEYWORDS:
        setattr(d, *CODEBLOCKS_KEYWORDS[keyword])
    elif keyword.startswith(_DEPRECATED):
        raise Invalid(
            f"<!--pytest-codeblocks:{keyword}--> is deprecated; use "
            "<!--pytest.mark.skip(reason=...)--> or <!--snippet:raises Name--> "
            "with <!--pytest.mark.xfail(strict=True, reason=...)-->"
        )
    else:
        raise Invalid(f"unknown directive <!--pytest-codeblocks:{keyword}-->")


def _mark(text: str, d: Directives) -> None:
    mark = re.fullmatch(r"(\w+)(?:\((.*)\))?", text, re.DOTALL)
    if not mark or mark.group(1) not in _MARK_KEYWORDS:
        raise Invalid(f"unsupported mark <!--pytest.mark.{text}--> (use skip, skipif or xfail)")
    kind = mark.group(1)
    try:
        call = ast.parse(f"f({mark.group(2) or ''})", mode="eval").body
    except (SyntaxError, MemoryError, RecursionError):
        raise Invalid(f"cannot parse mark arguments ({mark.group(2)})") from None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        raise Invalid(f"cannot parse <!--pytest.mark.{text}-->: one call, nothing after it")
    given = {k.arg or "**": k.value for k in call.keywords}
    unknown = sorted(set(given) - _MARK_KEYWORDS[kind])
    if unknown:
        raise Invalid(f"pytest.mark.{kind}: unknown argument {unknown[0]!r}")
    reason = getattr(given.get("reason"), "value", None)
    if not isinstance(reason, str) or not reason.strip():
        raise Invalid(f'pytest.mark.{kind} needs a reason: reason="..."')
    if kind == "xfail":
        if call.args or getattr(given.get("strict"), "value", None) is not True:
            raise Invalid("pytest.mark.xfail needs strict=True and a reason")
        d.xfail = True
    elif len(call.args) != (kind == "skipif"):
        raise Invalid(f"pytest.mark.{kind} takes {'one' if kind == 'skipif' else 'no'} condition")
    else:
        if call.args and isinstance(call.args[0], ast.Constant):
            raise Invalid("write the skipif condition as an expression, not a string or constant")
        if call.args and not _plain_condition(call.args[0]):
            raise Invalid(
                "a skipif condition may only ask about the platform (sys, os, platform, "
                '__import__("shutil").which): pytest evaluates it outside the sandbox'
            )
        d.set("skip_reason", reason)
        if call.args:
            d.set("skipif", ast.unparse(call.args[0]))


#: What a skipif condition may use: it runs in the harness, as pytest evaluates marks there.
_CONDITION_NODES = (
    ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.Compare, ast.Constant, ast.Tuple,
    ast.Attribute, ast.Subscript, ast.Slice, ast.Load,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.In, ast.NotIn,
)  # fmt: skip
_CONDITION_NAMES = {"sys", "os", "platform"}
_CONDITION_CALLS = {  # what a condition may call, with constant arguments only
    "platform.system", "platform.machine", "platform.python_implementation",
    "sys.platform.startswith", "os.environ.get", "__import__('shutil').which", "__import__",
}  # fmt: skip


def _plain_condition(node: ast.AST) -> bool:
    """Whether a condition only reads the platform: a few queries, no other call."""
    for part in ast.walk(node):
        if isinstance(part, ast.Name):
            allowed = part.id in _CONDITION_NAMES or part.id == "__import__"
        elif isinstance(part, ast.Call):
            constant = all(isinstance(a, ast.Constant) for a in part.args) and not part.keywords
            allowed = constant and ast.unparse(part.func) in _CONDITION_CALLS
            if ast.unparse(part.func) == "__import__":
                allowed = allowed and ast.unparse(part) == "__import__('shutil')"
        else:
            allowed = isinstance(part, _CONDITION_NODES)
        if not allowed:
            return False
    return True


def looks_like_directive(text: str) -> bool:
    """Whether a comment is, or its first word is close to, a namespace or a directive's name."""
    if text.startswith(_NAMESPACES):
        return True
    head = _HEAD.match(text)
    if not head:
        return False
    word = head.group().lower().replace("_", "-")
    if any(part in word for part in ("snippet", "snipet", "pytest", "codeblock")):
        return True
    return bool(difflib.get_close_matches(word, _WORDS, 1, 0.8 if len(word) > 4 else 0.85))


def read(path: Path, line: int, text: str, d: Directives) -> bool:
    """Apply the comment ``<!--text-->`` to ``d``; False if it is no directive at all."""
    namespace = next((n for n in _NAMESPACES if text.startswith(n)), None)
    rest = text.removeprefix(namespace or "")
    try:
        if namespace is None:
            if looks_like_directive(text):
                raise Invalid(f"<!--{text}--> looks like a directive but is not one")
            return False
        if namespace != "snippet:" and "\n" in text:
            raise Invalid(f"<!--{namespace}...--> must be on one line (as pytest-codeblocks reads)")
        readers = {"snippet:": _snippet, "pytest.mark.": _mark}
        readers.get(namespace, lambda rest, d: _codeblocks(rest.strip(), d))(rest, d)
    except Invalid as error:
        raise DocError(path, line, str(error)) from None
    return True
