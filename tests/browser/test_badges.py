"""Badges as fine as the claim, as a reader sees them: lines that ran on no device are marked
and said, no device that never ran is shown, and the badge row stays compact."""

from __future__ import annotations

import re

import pytest
from browser_support import site_pages

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def _open(browser, base_url, path, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    return context, page


def _text_of_every_page(site_dir) -> dict[str, str]:
    found = {}
    for path in site_pages(site_dir):
        html = (site_dir / path / "index.html").read_text(encoding="utf-8")
        found[path] = re.sub(r"<[^>]+>", " ", html)
    return found


def test_no_page_shows_a_device_without_its_name(site_dir):
    """A skipped GPU leg made environments named "None" once (issue 22): none anywhere."""
    shown = [
        f"{path}: ...{text[max(0, m.start() - 60) : m.end() + 20]}..."
        for path, text in _text_of_every_page(site_dir).items()
        for m in re.finditer(r"(?:CUDA|MPS|CPU)\s*:?\s*None\b|,\s*None,", text)
    ]
    assert not shown, "\n".join(shown[:10])


def test_the_verification_page_lists_only_devices_that_ran(site_dir):
    text = (site_dir / "verification" / "index.html").read_text(encoding="utf-8")
    environments = text.split('id="environments"', 1)[1].split("</table>", 1)[0]
    for device in ("CUDA", "MPS"):
        if f"{device}:" not in environments:  # never ran here: no column, no badge
            header = text.split('id="every-snippet"', 1)[1].split("</tr>", 1)[0]
            assert f">{device}<" not in header
            for path, page_text in _text_of_every_page(site_dir).items():
                assert f"{device}: " not in page_text, path


def test_marked_lines_are_said_and_listed(browser, base_url, site_dir):
    """Every page the Verification page lists under "Lines not run yet" marks those lines,
    each with words for screen readers, and explains them under the block; no other page
    marks any line."""
    verification = (site_dir / "verification" / "index.html").read_text(encoding="utf-8")
    section = verification.split('id="lines-not-run-yet"', 1)[1].split("<h2", 1)[0]
    listed = set(re.findall(r'<a href="\.\./([^"#]+/)#block-', section))
    marked = set()
    for path in site_pages(site_dir):
        html = (site_dir / path / "index.html").read_text(encoding="utf-8")
        if "vd-unrun" in html:
            marked.add(path)
    assert marked == listed
    for path in sorted(listed)[:3]:
        context, page = _open(browser, base_url, path, DESKTOP)
        lines = page.locator(".hll.vd-unrun")
        assert lines.count() > 0, path
        for i in range(lines.count()):
            line = lines.nth(i)
            assert line.locator(".vd-sr").text_content().strip() == "(not run)"
            width = line.evaluate("e => getComputedStyle(e).boxShadow")
            assert width != "none", f"{path}: a marked line has no gutter mark"
        notes = page.locator(".vd-unrun-note")
        assert notes.count() > 0 and "did not run on any device" in notes.first.text_content()
        context.close()


@pytest.mark.parametrize(("viewport", "most"), [(DESKTOP, 1), (PHONE, 2)])
def test_the_badge_row_is_compact(browser, base_url, site_dir, viewport, most):
    """One line on a desktop, at most two on a 375 px phone (it was 145-196 px tall on
    phones): the page's first sentence is not pushed down."""
    problems = []
    for path in site_pages(site_dir):
        context, page = _open(browser, base_url, path, viewport)
        row = page.locator(".vd-badges").first
        if row.count():
            lines = row.evaluate(
                """row => {  // lines of text, whatever box they are in
                    const boxes = [];
                    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
                    while (walker.nextNode()) {
                        const range = document.createRange();
                        range.selectNodeContents(walker.currentNode);
                        boxes.push(...[...range.getClientRects()].filter(b => b.height > 0));
                    }
                    let lines = 0, bottom = -Infinity;
                    for (const box of boxes.sort((a, b) => a.top - b.top)) {
                        if (box.top >= bottom - 1) { lines += 1; bottom = box.bottom; }
                        else { bottom = Math.max(bottom, box.bottom); }
                    }
                    return lines;
                }"""
            )
            if lines > most:
                problems.append(f"{path or '/'}: {lines} lines")
        context.close()
    assert not problems, problems
