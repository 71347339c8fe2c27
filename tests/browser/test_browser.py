"""The built site as a reader meets it: Playwright driving Debian's Chromium, on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; built here (strict) when `make site` has not run."""
    if not (SITE / "index.html").exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--quiet",
                "--site-dir",
                str(SITE),
            ],
            cwd=ROOT,
            check=True,
        )
    return SITE


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site_dir):
    handler = functools.partial(_Quiet, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(
            "Chromium is not installed and could not be installed here: apt-get install chromium"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


BUDGET_BYTES = 1_500_000
BUDGET_SECONDS = (
    2.0  # generous: CI shares 2 cores with other work; typical figures are in the README
)
SCREENSHOTS = ROOT / "build" / "screenshots"


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of the site, as a URL path (`tensors/basics/`)."""
    pages = []
    for path in sorted(site_dir.rglob("index.html")):
        relative = path.parent.relative_to(site_dir).as_posix()
        pages.append("" if relative == "." else f"{relative}/")
    return pages


def test_every_page_loads_cleanly_within_budget(browser, base_url, site_dir):
    """No console error, no request to another host, and a size and time budget per page."""
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
        if seconds > BUDGET_SECONDS:
            problems.append(f"{path}: loaded in {seconds:.2f} s > {BUDGET_SECONDS} s")
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
    page.goto(base_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("inference_mode")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=30_000)  # the search worker indexes the site first
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("training/no-grad/" in href for href in hrefs), hrefs


def test_notebook_page_shows_its_images(page, base_url):
    page.goto(base_url + "quickstart-notebook/", wait_until="networkidle")
    images = page.locator(".jp-OutputArea-output img")
    assert images.count() >= 2  # the sample grid and the loss/accuracy curves
    for i in range(images.count()):
        assert images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0")
    assert "accuracy" in page.locator(".jp-OutputArea-output").all_inner_texts().__str__()


def test_light_dark_toggle_and_screenshots(page, base_url):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(base_url + "tensors/basics/", wait_until="networkidle")
    cpu = page.locator(".vd-badge").first.inner_text()
    assert cpu.startswith("CPU: verified"), (
        f"the CPU badge says {cpu!r}: build the site after the snippet run (`make test` does)"
    )
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
    """A crawl of the built HTML: every internal link reaches a file, and its anchor exists."""
    parsed = {}
    for path in site_dir.rglob("*.html"):
        links = _Links()
        links.feed(path.read_text(encoding="utf-8"))
        parsed[path] = links
    broken = []
    for path, links in parsed.items():
        base = "http://site/" + path.relative_to(site_dir).as_posix()
        for href in links.links:
            url = urlparse(urljoin(base, href))
            if url.netloc != "site":
                continue
            target = site_dir / url.path.lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site_dir)}: {href}")
            elif url.fragment and target in parsed and url.fragment not in parsed[target].ids:
                broken.append(f"{path.relative_to(site_dir)}: {href} (no such anchor)")
    assert len(parsed) > 10
    assert not broken, "\n".join(broken)
