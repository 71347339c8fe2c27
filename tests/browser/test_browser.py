"""The built site as a reader meets it: Playwright driving Debian's Chromium, on 127.0.0.1."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import pytest
from browser_support import ROOT, SCREENSHOTS, site_pages, site_url

pytestmark = pytest.mark.browser

BUDGET_BYTES = 1_500_000
#: Not a performance target (load times depend on the machine and what else it runs; they are
#: printed, and the README gives figures): a page that takes longer is stuck on something.
STUCK_SECONDS = 10.0


def test_every_page_loads_cleanly_within_budget(browser, base_url, site_dir):
    """No console error, no request to another host, a size budget per page, and no page
    stuck loading (times are printed: a timing assert would only test the machine)."""
    rows, problems = [], []
    for path in site_pages(site_dir):
        context = browser.new_context()
        page = context.new_page()
        errors, foreign, sizes = [], [], []
        page.on("console", lambda m, e=errors: e.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc, e=errors: e.append(str(exc)))
        page.on("request", lambda r, f=foreign: f.append(r.url) if not _local(r.url) else None)
        page.on("requestfinished", lambda r, s=sizes: s.append(r.sizes()["responseBodySize"]))
        page.goto(base_url + path, wait_until="networkidle")
        seconds = page.evaluate(
            "() => { const n = performance.getEntriesByType('navigation')[0];"
            " return (n.loadEventEnd - n.startTime) / 1000; }"
        )
        context.close()
        rows.append((path or "/", sum(sizes), seconds))
        if errors:
            problems.append(f"{path}: console errors {errors}")
        if foreign:
            problems.append(f"{path}: requests to other hosts {foreign}")
        if sum(sizes) > BUDGET_BYTES:
            problems.append(f"{path}: {sum(sizes):,} bytes > {BUDGET_BYTES:,}")
        if seconds > STUCK_SECONDS:
            problems.append(f"{path}: loaded in {seconds:.2f} s > {STUCK_SECONDS} s")
    print(f"\n{'page':<44}{'bytes':>12}{'load (s)':>10}")
    for path, transferred, seconds in rows:
        print(f"{path:<44}{transferred:>12,}{seconds:>10.3f}")
    assert len(rows) > 10
    assert not problems, "\n".join(problems)


def _local(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in {"data", "blob", "about"} or parsed.hostname == "127.0.0.1"


def snippet_body(relpath: str) -> str:
    """A snippet file without its generated header."""
    text = (ROOT / relpath).read_text(encoding="utf-8")
    return text.split("\n\n\n", 1)[1]


def test_copy_button_copies_exactly_the_snippet(page, base_url):
    page.goto(base_url + "iterators/")
    block = page.locator("div.highlight").first
    title = block.locator(".filename").inner_text()
    block.hover()
    block.locator("button[data-md-type='copy']").click()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.rstrip("\n") == snippet_body(title.split(" ")[0]).rstrip("\n")


def test_search_finds_api_names(page, base_url):
    page.goto(base_url, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    # Typed key by key: Material searches on keyboard events, and `fill` sends none.
    page.locator("input.md-search__input").press_sequentially("inference_mode", delay=20)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=30_000)  # the search worker indexes the site first
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("training/no-grad/" in href for href in hrefs), hrefs


def test_notebook_page_shows_its_images(page, base_url):
    page.goto(base_url + "quickstart-notebook/", wait_until="networkidle")
    images = page.locator("article a.vd-figure img")
    assert images.count() >= 2  # the sample grid and the loss/accuracy curves
    for i in range(images.count()):
        image = images.nth(i)
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
        alt = image.get_attribute("alt") or ""
        assert len(alt) > 15 and "No description" not in alt, alt
    outputs = page.locator("article .highlight:has(.filename:text-is('Output'))")
    assert "accuracy" in " ".join(outputs.all_inner_texts())
    # the guide's badges: the CPU, and a GPU only where one ran (else one link that says so)
    gpu_ran = page.locator(".vd-badge", has_text="CUDA:").count() > 0
    assert page.locator(".vd-badge", has_text="CPU:").count() == 1
    assert gpu_ran or page.locator("a.vd-gpu-note", has_text="No GPU run yet").count() == 1
    titles = page.locator("article .filename a[href*='snippets/quickstart/']")
    assert titles.count() >= 8  # every code cell is titled with its snippet file
    download = page.locator("a.vd-notebook[href$='quickstart-notebook.ipynb']")
    assert download.count() == 1
    response = page.request.get(urljoin(page.url, download.get_attribute("href")))
    notebook = response.json()
    assert any(cell.get("outputs") for cell in notebook["cells"])  # the executed notebook


def test_light_dark_toggle_and_screenshots(page, base_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(base_url + "tensors/basics/", wait_until="networkidle")
    cpu = page.locator(".vd-badge").first.inner_text()
    stale = [state for state in ("failed", "changed", "not run") if state in cpu]
    assert cpu.startswith("CPU: ") and "verified" in cpu and not stale, (
        f"the CPU badge says {cpu!r}: build the site after the snippet run (`make test` does)"
    )  # "partly run" is right for blocks whose checks await a GPU
    assert "torch " in cpu
    scheme = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    page.screenshot(path=SCREENSHOTS / f"guide-{scheme}.png")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    toggled = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    assert {scheme, toggled} == {"default", "slate"}
    page.screenshot(path=SCREENSHOTS / f"guide-{toggled}.png")
    page.goto(base_url + "verification/", wait_until="networkidle")
    page.screenshot(path=SCREENSHOTS / "verification.png", full_page=True)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def test_internal_links_and_anchors_resolve(site_dir):
    """A crawl of the built HTML, as deployed at site_url (404.html's links are absolute):
    every internal link reaches a file, and its anchor exists."""
    root = site_url()
    parsed = {}
    for path in site_dir.rglob("*.html"):
        links = _Links()
        links.feed(path.read_text(encoding="utf-8"))
        parsed[path] = links
    broken = []
    for path, links in parsed.items():
        base = root + path.relative_to(site_dir).as_posix()
        for href in links.links:
            absolute = urljoin(base, href)
            if not absolute.startswith(root):
                continue
            url = urlparse(absolute)
            target = site_dir / url.path[len(urlparse(root).path) :]
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site_dir)}: {href}")
            elif url.fragment and target in parsed and url.fragment not in parsed[target].ids:
                broken.append(f"{path.relative_to(site_dir)}: {href} (no such anchor)")
    assert len(parsed) > 10
    assert not broken, "\n".join(broken)
