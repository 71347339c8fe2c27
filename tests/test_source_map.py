"""The source map: every line of the original notes is accounted for, and shown on the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from verified_docs.project import source_map as sm

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTES = sm.notes_dir(ROOT)


@pytest.fixture(scope="module")
def entries() -> list[sm.Entry]:
    return sm.load(ROOT / sm.MAP_FILE)


@pytest.fixture(scope="module")
def headings() -> dict[str, dict[str, str]]:
    return sm.docs_headings(DOCS)


# --- the real map ---------------------------------------------------------------------


def test_every_target_section_exists_and_no_ranges_overlap(entries, headings):
    assert sm.check(entries, headings, None) == []


@pytest.mark.skipif(
    not NOTES.is_dir(),
    reason=f"the original notes are not here ({NOTES}): development machines and CI have "
    f"them in ../shared/source-notes, or set {sm.NOTES_ENV}",
)
def test_every_line_of_every_note_is_accounted_for(entries, headings):
    assert sm.check(entries, headings, NOTES) == []


def test_no_note_line_is_still_owed(entries):
    """A `todo:` range names material of the notes that the guides do not treat yet."""
    owed = sm.pending(entries)
    assert not owed, "the guides do not treat yet:\n" + "\n".join(owed)


@pytest.mark.skipif(not NOTES.is_dir(), reason=f"the original notes are not here ({NOTES})")
def test_the_map_does_not_copy_the_notes():
    """Cues are our words: no note line of six words or more appears in the map."""
    text = " ".join((ROOT / sm.MAP_FILE).read_text(encoding="utf-8").split())
    copied = []
    for note in sorted(NOTES.glob("*.txt")):
        for number, line in enumerate(note.read_text(encoding="utf-8").splitlines(), 1):
            words = line.split()
            if len(words) >= 6 and " ".join(words) in text:
                copied.append(f"{note.name}:{number}")
    assert copied == []


def test_the_site_page_lists_every_range_with_links(entries, headings):
    page = sm.page_markdown(entries, headings)
    for entry in entries:
        assert f"| {entry.lines} |" in page
    for note in {e.note for e in entries}:
        assert f"## {note}" in page.replace("\\_", "_")  # no title given: the file name
    for target in {t for e in entries for t in e.targets}:
        assert f"]({target})" in page


def test_each_note_has_a_readable_title_on_the_site_page(entries, headings):
    """The note files are named by a hash: the page heads each note with its title from
    source-map.yml (or the note's first heading), and names the file below it."""
    titles = sm.note_titles(ROOT, entries)
    page = sm.page_markdown(entries, headings, note_titles=titles)
    for note in {e.note for e in entries}:
        assert re.fullmatch(r"[\w ,:;.'()-]{8,}", titles[note]), titles.get(note)
        assert not re.search(r"[0-9a-f]{16}", titles[note])
        assert f"## {sm._plain(titles[note])}\n\nThe note `{note}`." in page
    assert "## `" not in page


# --- anchors as the site makes them -----------------------------------------------------


def test_anchors_follow_the_table_of_contents():
    source = "# 1. Get the data\n\n## x = x + relu(x, inplace=True)\n\n## 1. Get the data\n"
    assert list(sm.page_headings(source)) == [
        "1-get-the-data",
        "x-x-relux-inplacetrue",
        "1-get-the-data_1",
    ]


def test_headings_render_inline_code_and_number_repeats():
    source = (
        "# Title\n\n## `no_grad` and *this*\n\n## Again\n\n## Again\n\n"
        '!!! note "Box"\n\n    ### Inside a box\n\n## Custom {#my-id}\n'
    )
    assert list(sm.page_headings(source)) == [
        "title",
        "no_grad-and-this",
        "again",
        "again_1",
        "inside-a-box",
        "my-id",
    ]
    assert sm.page_headings(source)["no_grad-and-this"] == "no_grad and this"


def test_anchors_match_python_markdown_on_every_page(headings):
    """The anchors the map checks are the ids the built site gives the headings."""
    markdown = pytest.importorskip("markdown")
    extensions = ["toc", "attr_list", "admonition", "md_in_html", "tables", "pymdownx.details"]
    extensions += ["pymdownx.superfences", "pymdownx.tabbed"]
    for page, found in headings.items():
        md = markdown.Markdown(extensions=extensions)
        md.convert((DOCS / page).read_text(encoding="utf-8"))
        ids = []

        def walk(tokens, ids=ids):
            for token in tokens:
                ids.append(token["id"])
                walk(token["children"])

        walk(md.toc_tokens)
        assert list(found) == ids, page


# --- the checker, on made-up notes and pages ----------------------------------------------


@pytest.fixture
def world(tmp_path: Path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.txt").write_text("one\ntwo\n\nfour\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "page.md").write_text("# Page\n\n## First part\n\n## Second\n", encoding="utf-8")
    (docs / "sub" / "other.md").write_text("# Other\n", encoding="utf-8")
    return notes, sm.docs_headings(docs)


def _map(*ranges: dict) -> list[sm.Entry]:
    return sm.entries_from({"notes": {"a.txt": list(ranges)}})


def test_a_complete_map_passes(world):
    notes, headings = world
    entries = _map(
        {"lines": "1-2", "to": "page.md#first-part"},
        {"lines": 4, "to": ["sub/other.md", "page.md#second"]},
    )
    assert sm.check(entries, headings, notes) == []


def test_an_unaccounted_line_fails(world):
    notes, headings = world
    entries = _map({"lines": 1, "to": "page.md#first-part"}, {"lines": 4, "dropped": "why"})
    assert sm.check(entries, headings, notes) == ["a.txt: lines 2 are accounted for by no range"]


def test_blank_lines_need_no_range(world):
    notes, headings = world
    entries = _map({"lines": "1-2", "dropped": "why"}, {"lines": 4, "dropped": "why"})
    assert sm.check(entries, headings, notes) == []


def test_overlapping_ranges_fail(world):
    notes, headings = world
    entries = _map({"lines": "1-2", "dropped": "why"}, {"lines": "2-4", "dropped": "why"})
    assert sm.check(entries, headings, notes) == ["a.txt: lines 1-2 and 2-4 overlap"]


def test_a_range_beyond_the_note_fails(world):
    notes, headings = world
    entries = _map({"lines": "1-9", "dropped": "why"})
    assert sm.check(entries, headings, notes) == ["a.txt: lines 1-9 beyond the note's 4 lines"]


def test_a_removed_heading_fails_and_suggests_the_current_one(world):
    notes, headings = world
    entries = _map({"lines": "1-4", "to": "page.md#first-parts"})
    [error] = sm.check(entries, headings, notes)
    assert "no heading #first-parts on docs/page.md" in error
    assert "#first-part" in error


def test_a_missing_page_fails(world):
    notes, headings = world
    entries = _map({"lines": "1-4", "to": "gone.md#first-part"})
    [error] = sm.check(entries, headings, notes)
    assert "no page docs/gone.md" in error


def test_notes_and_map_must_name_the_same_files(world):
    notes, headings = world
    (notes / "b.txt").write_text("x\n", encoding="utf-8")
    entries = sm.entries_from({"notes": {"a.txt": [{"lines": "1-4", "dropped": "why"}]}})
    entries += sm.entries_from({"notes": {"c.txt": [{"lines": 1, "dropped": "why"}]}})
    errors = sm.check(entries, headings, notes)
    assert errors == [
        f"b.txt: note is not in {sm.MAP_FILE}",
        f"c.txt: in {sm.MAP_FILE} but not in {notes}",
    ]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"lines": "1", "to": "page.md", "dropped": "x"}, "either 'to' or 'dropped'"),
        ({"lines": "1"}, "either 'to' or 'dropped'"),
        ({"lines": "2-1", "dropped": "x"}, "bad range"),
        ({"lines": "one", "dropped": "x"}, "'lines' must be N or N-M"),
        ({"lines": 1, "dropped": "x", "todo": "y"}, "'todo' says what is owed"),
        ({"lines": 1, "dropped": "x", "cue": "one two three four five six seven eight nine"}, "8"),
        ({"lines": 1, "dropped": "x", "where": "y"}, "unknown keys"),
    ],
)
def test_malformed_entries_are_refused(item, message):
    with pytest.raises(sm.SourceMapError, match=re.escape(message)):
        _map(item)


def test_pending_lists_what_is_owed(world):
    entries = _map({"lines": "1-4", "to": "page.md", "todo": "say why"})
    assert sm.pending(entries) == ["a.txt lines 1-4 → page.md: say why"]


def test_the_page_escapes_cues_and_shows_reasons(world):
    _, headings = world
    entries = _map(
        {"lines": "1-2", "cue": "obj.__iter__() and <b>", "to": "page.md#second"},
        {"lines": 4, "dropped": "nothing to teach"},
    )
    page = sm.page_markdown(entries, headings, {"page.md": "The page"})
    assert r"obj.\_\_iter\_\_() and &lt;b>" in page
    assert "[The page \u203a Second](page.md#second)" in page
    assert "| 4 |  | dropped: nothing to teach |" in page


# --- where the notes are ------------------------------------------------------------------


def test_notes_dir_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(sm.NOTES_ENV, str(tmp_path))
    assert sm.notes_dir(ROOT) == tmp_path


def test_notes_dir_of_a_linked_worktree(monkeypatch, tmp_path):
    monkeypatch.delenv(sm.NOTES_ENV, raising=False)
    main, worktree = tmp_path / "main", tmp_path / "wt" / "x"
    (main / ".git" / "worktrees" / "x").mkdir(parents=True)
    worktree.mkdir(parents=True)
    (worktree / ".git").write_text(f"gitdir: {main}/.git/worktrees/x\n", encoding="utf-8")
    assert sm.notes_dir(worktree) == tmp_path / "wt" / "shared" / "source-notes"  # none yet
    (tmp_path / "shared" / "source-notes").mkdir(parents=True)
    assert sm.notes_dir(worktree) == tmp_path / "shared" / "source-notes"
