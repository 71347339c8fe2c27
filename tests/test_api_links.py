"""API names link to PyTorch's reference: the committed map is current, every name in it
exists in the installed torch/torchvision, every URL follows the reference's pattern, and
the hook links prose and highlighted code without touching anything else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from verified_docs.project.typos import items, page_for
from verified_docs.site import api_links

ROOT = Path(__file__).resolve().parent.parent
MAPPING = api_links.load(ROOT)


def test_the_map_is_committed_and_current():
    pytest.importorskip("torchvision")
    assert MAPPING["names"], f"{api_links.MAP_FILE} is missing"
    assert api_links.generate(ROOT / "docs") == MAPPING, (
        f"{api_links.MAP_FILE} is out of date: run python -m verified_docs.site.api_links"
    )


@pytest.mark.parametrize("name", sorted(MAPPING["names"]))
def test_every_linked_name_exists(name):
    pytest.importorskip("torchvision")
    api_links.resolve(name)  # raises LookupError when the installed packages lack it


def _allowed(name: str, url: str) -> bool:
    torch, vision = re.escape(api_links.TORCH), re.escape(api_links.VISION)
    generated = rf"({torch}|{vision})generated/[\w.]*{re.escape(name.rsplit('.', 1)[-1])}\.html"
    page = rf"({torch}|{vision})[\w.]+\.html(#{re.escape(name)})?"
    return bool(re.fullmatch(generated, url) or re.fullmatch(page, url))


def test_every_url_follows_the_references_pattern():
    wrong = {n: u for n, u in MAPPING["names"].items() if not _allowed(n, u)}
    assert not wrong
    assert MAPPING["names"]["torch.inference_mode"] == (
        "https://docs.pytorch.org/docs/stable/generated/torch.inference_mode.html"
    )
    vision = "https://docs.pytorch.org/vision/stable/generated/"
    assert MAPPING["names"]["torchvision.transforms.v2.ToImage"].startswith(vision)
    assert MAPPING["aliases"]["DataLoader"] == "torch.utils.data.DataLoader"
    for short, full in MAPPING["aliases"].items():
        assert full in MAPPING["names"], short


def test_a_short_name_the_docs_also_assign_is_not_an_alias():
    texts = ["from torchvision import datasets\n", "datasets = {'a': 1}\n"]
    texts += ["from torch.utils.data import DataLoader\n", "import torch.nn.functional as F\n"]
    texts += ["from torch.utils.data import (\n    Dataset,\n    random_split,\n)\n"]
    assert api_links.aliases(texts) == {
        "DataLoader": "torch.utils.data.DataLoader",
        "Dataset": "torch.utils.data.Dataset",
        "F": "torch.nn.functional",
        "random_split": "torch.utils.data.random_split",
    }


_MAP = {
    "names": {
        "torch.inference_mode": "U1",
        "torch.utils.data.DataLoader": "U2",
        "torch.nn": "U3",
        "torch.nn.Linear": "U4",
    },
    "aliases": {"DataLoader": "torch.utils.data.DataLoader", "nn": "torch.nn"},
}


def _span(name: str, kind: str = "n") -> str:
    return f'<span class="{kind}">{name}</span>'


DOT = '<span class="o">.</span>'


def test_prose_links_whole_names_outside_links_and_headings():
    linker = api_links.Linker(_MAP)
    html = (
        "<p><code>torch.inference_mode()</code> and <code>DataLoader</code>, "
        "<code>torch.inference_mode.x</code>, <code>x</code></p>"
        '<h2 id="a"><code>DataLoader</code></h2><p><a href="y"><code>DataLoader</code></a></p>'
        "<details><summary>A <code>DataLoader</code></summary></details>"
    )
    out = linker.link_html(html)
    assert '<a class="vd-api" href="U1"><code>torch.inference_mode()</code></a>' in out
    assert '<a class="vd-api" href="U2"><code>DataLoader</code></a>,' in out
    assert "<code>torch.inference_mode.x</code>" in out and "<code>x</code></p>" in out
    assert '<h2 id="a"><code>DataLoader</code></h2>' in out
    assert '<a href="y"><code>DataLoader</code></a>' in out
    assert "<summary>A <code>DataLoader</code></summary>" in out


def test_code_links_the_longest_known_name_and_leaves_the_rest():
    linker = api_links.Linker(_MAP)
    chain = _span("torch") + DOT + _span("inference_mode")
    comment = '<span class="c1"># (1)!</span>'
    html = (
        f"<pre><code>{chain}{_span('():', 'p')}  {comment}\n"
        f"{_span('nn')}{DOT}{_span('Linear')}{DOT}{_span('weight')}\n"
        f"{_span('model')}{DOT}{_span('nn')}{DOT}{_span('Linear')}\n"
        f"{_span('torch')} {_span('x')}</code></pre>"
    )
    out = linker.link_html(html)
    assert f'<a class="vd-api" href="U1">{chain}</a>' in out
    assert f'<a class="vd-api" href="U4">{_span("nn")}{DOT}{_span("Linear")}</a>{DOT}' in out
    assert out.count("vd-api") == 2  # model.nn.Linear is not torch.nn.Linear; torch alone
    assert comment in out
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", html)


def test_typo_files_name_their_page():
    pages = ["quickstart.md", "tensors/views.md", "training/devices.md", "data/datasets.md"]
    assert page_for("tensors-views", pages) == "tensors/views.md"
    assert page_for("devices", pages) == "training/devices.md"
    assert page_for("data-datasets", pages) == "data/datasets.md"
    assert page_for("nowhere", pages) is None
    assert items('### Devices\n\n- "NeuralNetrowk" is x.\n') == '- "NeuralNetrowk" is x.'
    assert items('- **Views**: "unbid" is `unbind`.\n') == '- "unbid" is `unbind`.'
    assert items('- **Datasets** — "slef": read self.\n') == '- "slef": read self.'
