"""API names as links to PyTorch's reference, from a committed map.

``api-links.json`` (at the repository root) maps each ``torch.*`` / ``torchvision.*``
name that the docs use to its page in the official reference, and each short name that
the docs import unambiguously (``nn``, ``DataLoader``, ``v2``) to its full name.
``python -m verified_docs.site.api_links`` writes it from the docs and the installed
torch/torchvision: a name is kept only when it resolves there and one of the rules
below gives its page. The site hook (:func:`link_html`) then links inline code in prose
(``torch.inference_mode``, ``DataLoader``) and the highlighted names in code blocks; the
links are plain ``<a>`` elements, so a page makes no extra request.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import verified_docs.project  # noqa: F401 (registers the set-ups the pages name)
from verified_docs.model.page import parse_docs

MAP_FILE = "api-links.json"
TORCH = "https://docs.pytorch.org/docs/stable/"
VISION = "https://docs.pytorch.org/vision/stable/"

#: Modules with a page of their own in the reference; names documented on such a page
#: (rather than on a generated page each) are listed in ANCHORED.
MODULE_PAGES = {
    "torch.nn": TORCH + "nn.html",
    "torch.nn.functional": TORCH + "nn.functional.html",
    "torch.nn.init": TORCH + "nn.init.html",
    "torch.optim": TORCH + "optim.html",
    "torch.utils.data": TORCH + "data.html",
    "torch.utils.benchmark": TORCH + "benchmark_utils.html",
    "torch.amp": TORCH + "amp.html",
    "torch.autograd": TORCH + "autograd.html",
    "torch.cuda": TORCH + "cuda.html",
    "torch.accelerator": TORCH + "accelerator.html",
    "torch.linalg": TORCH + "linalg.html",
    "torch.fft": TORCH + "fft.html",
    "torch.special": TORCH + "special.html",
    "torch.distributed": TORCH + "distributed.html",
    "torch.func": TORCH + "func.html",
    "torch.testing": TORCH + "testing.html",
    "torchvision.datasets": VISION + "datasets.html",
    "torchvision.transforms": VISION + "transforms.html",
    "torchvision.transforms.v2": VISION + "transforms.html",
    "torchvision.tv_tensors": VISION + "tv_tensors.html",
    "torchvision.io": VISION + "io.html",
}
#: Names documented under an anchor of a module page, by prefix or exact name.
ANCHORED = {
    "torch.utils.data.": TORCH + "data.html",
    "torch.testing.": TORCH + "testing.html",
    "torch.autocast": TORCH + "amp.html",
    "torch.device": TORCH + "tensor_attributes.html",
    "torch.dtype": TORCH + "tensor_attributes.html",
}
#: Names whose page the rules would miss (documented under another module's name).
WHOLE_PAGES = {
    "torch.Tensor": TORCH + "tensors.html",
    "torch.Size": TORCH + "size.html",
    "torch.nn.Parameter": TORCH + "generated/torch.nn.parameter.Parameter.html",
    "torch.autograd.Function": TORCH + "autograd.html#torch.autograd.Function",
    "torch.autograd.gradcheck": TORCH + "generated/torch.autograd.gradcheck.gradcheck.html",
    "torchvision.transforms.v2.InterpolationMode": VISION
    + "generated/torchvision.transforms.InterpolationMode.html",
}
#: Namespaces whose functions and classes each have a generated page.
GENERATED = (
    "torch.Tensor.",
    "torch.nn.",
    "torch.nn.functional.",
    "torch.nn.init.",
    "torch.nn.utils.",
    "torch.optim.",
    "torch.optim.lr_scheduler.",
    "torch.cuda.",
    "torch.accelerator.",
    "torch.func.",
    "torch.autograd.",
    "torch.autograd.functional.",
    "torch.linalg.",
    "torch.fft.",
    "torchvision.transforms.v2.",
    "torchvision.transforms.",
    "torchvision.datasets.",
    "torchvision.io.",
)
#: Short names the docs use without importing them.
USUAL = {"Tensor": "torch.Tensor"}
_CHAIN = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def resolve(name: str):
    """The object ``name`` is in the installed packages; ``LookupError`` when there is none."""
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attribute in parts[i:]:
            if not hasattr(obj, attribute):
                raise LookupError(name)
            obj = getattr(obj, attribute)
        return obj
    raise LookupError(name)


def reference_url(name: str, obj) -> str | None:
    """The page of ``name`` in the reference, by the rules above; None when no rule fits."""
    if name in MODULE_PAGES:
        return MODULE_PAGES[name]
    if name in WHOLE_PAGES:
        return WHOLE_PAGES[name]
    for prefix, page in ANCHORED.items():
        if name == prefix or (prefix.endswith(".") and name.startswith(prefix)):
            return f"{page}#{name}"
    if "._" in name or not callable(obj) or not getattr(obj, "__doc__", None):
        return None  # private, a module or a constant, or undocumented
    parent = name.rsplit(".", 1)[0]
    top_level = parent == "torch" and not name.endswith("_")
    if top_level or parent + "." in GENERATED:
        base = VISION if name.startswith("torchvision.") else TORCH
        return f"{base}generated/{name}.html"
    return None


def aliases(codes: Iterable[str]) -> dict[str, str]:
    """Short names the docs' code imports from torch or torchvision, each always the same."""
    found: dict[str, set[str]] = {}
    for code in codes:
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Import):
                pairs = [(a.name, a.asname) for a in node.names if a.asname]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                pairs = [(f"{node.module}.{a.name}", a.asname or a.name) for a in node.names]
            else:
                continue
            for full, short in pairs:
                found.setdefault(short, set()).add(full)
    every = "\n".join(codes)
    return {
        short: next(iter(full))
        for short, full in sorted(found.items())
        if len(full) == 1
        and next(iter(full)).startswith(("torch.", "torchvision."))
        and not _assigned(short, every)
    }


def _assigned(name: str, text: str) -> bool:
    """Whether the docs also use ``name`` for something of their own (a variable)."""
    return bool(re.search(rf"(?<![\w.]){name}\s*=(?!=)|\bfor {name}\b|\bdef {name}\b", text))


def expand(chain: str, short: dict[str, str]) -> str:
    head, _, rest = chain.partition(".")
    full = short.get(head, head)
    return f"{full}.{rest}" if rest else full


def generate(docs: Path) -> dict:
    """The map for the docs under ``docs``, from the installed torch and torchvision."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))]
    codes = [b.code for page in parse_docs(docs, docs.parent) for b in page.blocks]
    short = {**USUAL, **aliases(codes)}
    names: dict[str, str] = {}
    for chain in sorted({c for text in texts for c in _CHAIN.findall(text)}):
        full = expand(chain, short).split(".")
        for end in range(2, len(full) + 1):
            name = ".".join(full[:end])
            if name in names or not name.startswith(("torch.", "torchvision.")):
                continue
            try:
                url = reference_url(name, resolve(name))
            except Exception:  # a name the installed packages lack (or fail to import)
                continue
            if url:
                names[name] = url
    used = {s: f for s, f in short.items() if f in names}
    return {"aliases": used, "names": dict(sorted(names.items()))}


def load(root: Path) -> dict:
    path = root / MAP_FILE
    if not path.exists():
        return {"aliases": {}, "names": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else Path.cwd()
    mapping = generate(root / "docs")
    text = json.dumps(mapping, indent=1, sort_keys=False) + "\n"
    (root / MAP_FILE).write_text(text, encoding="utf-8")
    print(f"{MAP_FILE}: {len(mapping['names'])} names, {len(mapping['aliases'])} short names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


# --- Links in the rendered HTML -----------------------------------------------------------

#: Where prose is not linked: links, headings, code blocks, and the titles of collapsible
#: boxes (a link inside a <summary> would be a control inside a control).
_SKIP = re.compile(
    r"<a\b.*?</a>|<h[1-6]\b.*?</h[1-6]>|<pre\b.*?</pre>|<summary\b.*?</summary>"
    r'|<p class="admonition-title">.*?</p>',
    re.DOTALL,
)
_INLINE = re.compile(r"<code>([A-Za-z_][\w.]*)(\(\))?</code>")
_PRE = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
_NAME = r'<span class="n[cfsn]?">([A-Za-z_][\w.]*)</span>'
_DOT = '<span class="o">.</span>'
_TOKENS = re.compile(rf"{_NAME}(?:{re.escape(_DOT)}{_NAME})*")
_TOKEN = re.compile(_NAME)


class Linker:
    """Links API names in a page's HTML to their reference pages, by the map."""

    def __init__(self, mapping: dict):
        self.names: dict[str, str] = mapping.get("names", {})
        self.short: dict[str, str] = mapping.get("aliases", {})

    def url(self, chain: str) -> str | None:
        return self.names.get(expand(chain, self.short))

    def link_html(self, html: str) -> str:
        """Prose inline code that is exactly an API name (outside links, headings and box
        titles), and the longest known name that starts each dotted name in code blocks."""
        if not self.names:
            return html
        html = _PRE.sub(lambda m: _TOKENS.sub(self._code, m.group(0)), html)
        out, last = [], 0
        for skipped in _SKIP.finditer(html):
            out += [_INLINE.sub(self._inline, html[last : skipped.start()]), skipped.group(0)]
            last = skipped.end()
        return "".join([*out, _INLINE.sub(self._inline, html[last:])])

    def _inline(self, match: re.Match[str]) -> str:
        url = self.url(match.group(1))
        if url is None:
            return match.group(0)
        return f'<a class="vd-api" href="{url}">{match.group(0)}</a>'

    def _code(self, match: re.Match[str]) -> str:
        text = match.group(0)
        if match.string[max(0, match.start() - len(_DOT)) : match.start()] == _DOT:
            return text  # an attribute of something else: x.view is not torch.Tensor.view
        tokens = list(_TOKEN.finditer(text))
        parts = [t.group(1) for t in tokens]
        for end in range(len(tokens), 0, -1):
            chain = ".".join(parts[:end])
            url = self.url(chain)
            if url and (end > 1 or "." in chain or chain in self.short):
                cut = tokens[end - 1].end()
                return f'<a class="vd-api" href="{url}">{text[:cut]}</a>{text[cut:]}'
        return text
