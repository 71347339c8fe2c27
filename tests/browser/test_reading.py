"""Details that make the site read like a good docs site: API names link to PyTorch's
reference, code links keep their underscores, targets are big enough, the sidebar title
covers nothing, code in corrections is legible on a phone, search previews start with the
page's prose, the notebook's figures carry the guide's alt text."""

from __future__ import annotations

import json
import re

import pytest
from browser_support import ROOT, site_pages

from verified_docs.site.hook import guide_alts

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 375, "height": 812}, "has_touch": True, "is_mobile": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
REFERENCE = re.compile(r"^https://docs\.pytorch\.org/(docs|vision)/stable/")


def _open(browser, base_url, path, **options):
    context = browser.new_context(**(options or DESKTOP))
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    return context, page


def test_api_names_link_to_the_reference_in_prose_and_code(browser, base_url):
    """`torch.inference_mode` in a sentence and in a code block, `DataLoader` alone in a
    sentence: each is a link to its page in PyTorch's reference; the copy text stays the
    code, and the annotations still work."""
    context, page = _open(browser, base_url, "training/no-grad/")
    url = "https://docs.pytorch.org/docs/stable/generated/torch.inference_mode.html"
    prose = page.locator(f"article p a.vd-api[href='{url}'] > code")
    code = page.locator(f"article pre a.vd-api[href='{url}']")
    assert prose.count() > 0 and code.count() > 0
    assert code.first.inner_text() == "torch.inference_mode"
    blocks = page.locator("article div.highlight[data-copy]")
    assert "<a" not in blocks.first.get_attribute("data-copy")
    context.close()
    context, page = _open(browser, base_url, "data/dataloader/")
    loader = "https://docs.pytorch.org/docs/stable/data.html#torch.utils.data.DataLoader"
    assert page.locator(f"article p a.vd-api[href='{loader}'] > code").count() > 0
    assert page.locator(f"article pre a.vd-api[href='{loader}']").count() > 0
    hrefs = page.eval_on_selector_all("a.vd-api", "links => links.map(a => a.href)")
    assert all(REFERENCE.match(href) for href in hrefs), hrefs
    context.close()


def test_links_keep_their_underscores(browser, base_url, site_dir):
    """No link hides an underscore under its underline (`weights_only` read "weights
    only"): for every link whose text has one, the underline lies below the underscore of
    each font in the link (measured on a canvas), or the link is not underlined and a line
    under its box (below the descenders) marks it instead."""
    problems, checked = [], 0
    for path in site_pages(site_dir):
        context, page = _open(browser, base_url, path)
        found = page.evaluate(_UNDERSCORES)
        context.close()
        checked += len(found)
        problems += [f"{path}: {link}" for link in found if link["hidden"]]
    assert checked > 100
    assert not problems, "\n".join(problems[:20])


_UNDERSCORES = """() => {
    const ctx = document.createElement('canvas').getContext('2d');
    const descent = el => {
        const s = getComputedStyle(el);
        ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
        return ctx.measureText('_').actualBoundingBoxDescent;
    };
    return [...document.querySelectorAll('article a')]
        .filter(a => a.textContent.includes('_') && a.getClientRects().length)
        .map(a => {
            const style = getComputedStyle(a);
            const parts = [a, ...a.querySelectorAll('code')]
                .filter(el => el.textContent.includes('_'));
            const lowest = Math.max(...parts.map(descent));
            if (!style.textDecorationLine.includes('underline')) {
                const line = parseFloat(style.borderBottomWidth) >= 1
                    && style.borderBottomStyle !== 'none';
                return {text: a.textContent.slice(0, 40), hidden: !line, border: line};
            }
            const offset = parseFloat(style.textUnderlineOffset);
            return {text: a.textContent.slice(0, 40), offset, underscore: lowest,
                    hidden: !(offset >= lowest + 0.5)};
        });
}"""


def test_copy_buttons_and_annotation_markers_are_24_px(browser, base_url):
    """WCAG 2.2 target size: the copy button and the annotation markers' hit areas are at
    least 24 x 24 px, on a desktop and on a phone."""
    for options in (DESKTOP, PHONE):
        context, page = _open(browser, base_url, "training/saving-loading/", **options)
        sizes = page.evaluate(
            """() => [...document.querySelectorAll(
                    "article button[data-md-type='copy'], article .md-clipboard,"
                    + " article a.md-annotation__index")]
                .filter(e => e.getClientRects().length)
                .map(e => { const r = e.getBoundingClientRect();
                            return [e.className || e.tagName, r.width, r.height]; })"""
        )
        context.close()
        kinds = {name for name, _, _ in sizes}
        assert any("annotation" in k for k in kinds) and len(kinds) >= 2, kinds
        small = [s for s in sizes if s[1] < 24 - 0.01 or s[2] < 24 - 0.01]
        assert not small, small[:10]


def test_sidebar_title_covers_no_entry(browser, base_url):
    """On a desktop, the navigation's sticky title and the fade under it end above the
    first entry, which is what the reader's pointer hits there."""
    context, page = _open(browser, base_url, "tensors/broadcasting/")
    found = page.evaluate(
        """() => {
            const title = document.querySelector('.md-sidebar--primary .md-nav__title');
            const first = document.querySelector('.md-sidebar--primary .md-nav__list a');
            const t = title.getBoundingClientRect(), f = first.getBoundingClientRect();
            const shadow = getComputedStyle(title).boxShadow.match(/(-?[\\d.]+)px/g) || [];
            const [x, y, blur, spread] = shadow.map(parseFloat).concat([0, 0, 0, 0]);
            const hit = document.elementFromPoint(f.left + 4, f.top + f.height / 2);
            return {fade: t.bottom + y + blur + spread, first: f.top,
                    hit: first.contains(hit)};
        }"""
    )
    context.close()
    assert found["hit"], found
    assert found["fade"] <= found["first"] + 0.5, found


def test_code_in_corrections_is_legible_on_a_phone(browser, base_url):
    """Code inside the bug admonitions (inline and blocks) is at least 12 px on a phone."""
    context, page = _open(browser, base_url, "training/saving-loading/", **PHONE)
    sizes = page.eval_on_selector_all(
        "article .admonition code, article details code",
        "codes => codes.map(c => parseFloat(getComputedStyle(c).fontSize))",
    )
    context.close()
    assert sizes and min(sizes) >= 12, sorted(set(sizes))


def test_sample_grid_is_whole_on_a_phone(browser, base_url):
    """The quickstart's 3 x 3 sample grid fits the column on a phone (its right-hand column
    was cut off), on the guide and on its notebook page."""
    for path in ("quickstart/", "quickstart-notebook/"):
        context, page = _open(browser, base_url, path, **PHONE)
        found = page.evaluate(
            """() => { const img = document.querySelector('article a.vd-figure img');
                       const frame = img.closest('a').getBoundingClientRect();
                       const box = img.getBoundingClientRect();
                       return [box.left, box.right, frame.left, frame.right]; }"""
        )
        context.close()
        left, right, frame_left, frame_right = found
        assert frame_left - 0.5 <= left and right <= frame_right + 0.5, (path, found)


def test_notebook_figures_have_the_guides_alt_text(browser, base_url):
    """Every figure of the notebook page has the alt text the guide gives that figure."""
    alts = set(guide_alts((ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")).values())
    context, page = _open(browser, base_url, "quickstart-notebook/")
    shown = page.eval_on_selector_all("article img", "imgs => imgs.map(i => i.alt)")
    context.close()
    assert len(shown) >= 2
    assert set(shown) == alts, shown


_CHROME = (  # badges, the notebook link, block titles, outputs' titles
    r"(CPU|CUDA|MPS): (verified|not run|failed|skipped)",
    r"no run on this device",
    r"Download (the )?notebook",
    r"snippets/[\w/-]+\.py ·",
    r"\bOutput\b(?=\S)",
)


def test_search_previews_start_with_the_pages_prose(site_dir):
    """Search entries hold prose and code, not page chrome: no badges, download links,
    block titles or outputs; each page's own entry starts with its first sentence. The
    index stays well under its former 536 KB."""
    path = site_dir / "search" / "search_index.json"
    entries = json.loads(path.read_text(encoding="utf-8"))["docs"]
    problems = []
    for entry in entries:
        text = re.sub(r"<[^>]+>", "", entry["text"]).strip()
        for chrome in _CHROME:
            if re.search(chrome, text):
                problems.append(f"{entry['location']}: {chrome!r} in {text[:80]!r}")
        if "#" not in entry["location"] and not re.match(r"[A-Z`*\w]", text):
            problems.append(f"{entry['location']}: preview {text[:80]!r}")
    assert not problems, "\n".join(problems[:20])
    # 364 KB when it was pruned, 404 KB with the CPU proofs and measurement methods added
    # since: a budget well under the former 536 KB, not a ratchet on the prose
    assert path.stat().st_size < 450_000


def test_corrections_list_each_typo_under_its_page(site_dir):
    """The typos section of the Corrections page: one heading per page, each typo under
    its own page (the Views typo under Views, not under Quickstart)."""
    html = (site_dir / "corrections" / "index.html").read_text(encoding="utf-8")
    typos = html.split('id="typos-in-the-notes"', 1)[1]
    sections = re.split(r"<h3\b", typos)[1:]
    headings = {
        re.sub(r"<a class=\"headerlink.*|<[^>]+>", "", s.split("</h3>", 1)[0].split(">", 1)[1]): s
        for s in sections
    }
    assert "unbid" in headings["Views, expand, split, chunk"]
    assert "trailling" in headings["Broadcasting"]
    assert "vice veras" in headings["Creating and using tensors"]
    assert "unbid" not in headings["Fashion-MNIST end to end"]
    assert not [h for h, s in headings.items() if "<strong>" in s.split("</li>", 1)[0]]
