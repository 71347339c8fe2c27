"""The search index, pruned after the build: smaller, and each page's preview its prose.

Material's search plugin writes ``search/search_index.json``; every page downloads it
once search starts, so it weighs on every page. The page chrome (badges, block titles,
outputs, the generated pages) is kept out of it in the HTML (``data-search-exclude``,
``search: exclude``); what is left here:

* annotation markers (``# (1)!``) are not part of the code;
* code is searched by its names: each block becomes the names and words it uses, each
  once, in order (``torch.inference_mode``, ``DataLoader``, ``num_workers``), without its
  punctuation, numbers, comments and repeats: half the index was code;
* a page whose first entry is empty (a comment before its title makes the title a
  section of its own) gets that section's text, so its preview starts with its prose.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

_MARKER = re.compile(r"[ \t]*# \(\d+\)!$", re.MULTILINE)
_CODE = re.compile(r"<pre><code>(.*?)</code></pre>", re.DOTALL)
_COMMENT = re.compile(r"(?:^|\s)#.*$", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z_][\w.]*\w")


def _code(match: re.Match[str]) -> str:
    code = _COMMENT.sub("", _MARKER.sub("", html.unescape(match.group(1))))
    words = dict.fromkeys(_WORD.findall(code))
    return "<pre><code>" + " ".join(words) + "</code></pre>"


def _merge_empty_first(docs: list[dict]) -> list[dict]:
    out: list[dict] = []
    for entry in docs:
        previous = out[-1] if out else None
        if (
            previous is not None
            and "#" not in previous["location"]
            and not previous["text"].strip()
            and entry["location"].split("#")[0] == previous["location"]
        ):
            previous["text"] = entry["text"]
            continue
        out.append(entry)
    return out


def prune(index: dict) -> dict:
    docs = [{**entry, "text": _CODE.sub(_code, entry["text"])} for entry in index["docs"]]
    return {**index, "docs": _merge_empty_first(docs)}


def prune_file(path: Path) -> None:
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(prune(index), ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, encoding="utf-8")
