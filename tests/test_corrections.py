"""Every correction box on every page carries or links its evidence, and its history.

A correction box is an admonition that sets a claim right, titled ``Common claim: “…”`` or
``Misconception: “…”`` with the claim itself in typographic quotes (older pages said "The notes
said" or "The book's pattern"; the checker still recognises those, so that such a box fails here
instead of slipping past). Its body must hold at least one piece of
evidence a reader can follow:

- a ``python`` or ``bash`` code block inside the box (the page harness executes it);
- a link to a section of this guide that exists (``[...](#anchor)``, ``[...](page.md#anchor)``),
  where the executed example is;
- the path of a test or example file that exists (``tests/.../test_x.py``, ``examples/...py``);
- a link to a primary source: CPython's docs, code, issues or PEPs, or a library's own docs.

A box that only asserts fails here, naming its page and line.

The boxes are written for a reader who never saw the study notes the guide grew from; what the
notes said is kept in one appendix, ``docs/notes.md``. Each box links to its entry there
(``[Where this claim came from](notes.md#entry-id)``), each entry is a ``###`` heading with an
explicit ``{#entry-id}``, and each entry links back to the section of the chapter that holds its
box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from markdown.extensions.toc import slugify

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

ADMONITION = re.compile(r'^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+"(?P<title>.*)")?\s*$')
CORRECTION = re.compile(r"^(The notes said|The book's pattern|Common claim|Misconception)",
                        re.IGNORECASE)
EXECUTED_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*(python|py|bash|sh)\b")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
REPO_PATH = re.compile(r"\b(?P<path>(?:tests|examples)/[\w/.-]+\.py)\b")
HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*(?:\{#(?P<id>[\w-]+)\})?\s*$")
# Primary sources a version or behaviour fact may cite.
SOURCES = {"docs.python.org", "peps.python.org", "bugs.python.org", "github.com",
           "distributed.dask.org", "docs.dask.org", "py-free-threading.github.io"}
SOURCE_PATHS = {"github.com": ("/python/",)}  # on GitHub, CPython's own repositories


@dataclass
class Box:
    page: Path
    lineno: int
    title: str
    body: list[str]

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.lineno}"


def boxes(page: Path, text: str | None = None) -> list[Box]:
    """The correction boxes of a page, with the lines of their bodies."""
    lines = (page.read_text(encoding="utf-8") if text is None else text).splitlines()
    found = []
    for index, line in enumerate(lines):
        match = ADMONITION.match(line)
        if not match or not CORRECTION.match(match["title"] or ""):
            continue
        indent = len(match["indent"])
        body = []
        for following in lines[index + 1:]:
            if following.strip() and len(following) - len(following.lstrip()) <= indent:
                break
            body.append(following)
        found.append(Box(page, index + 1, match["title"], body))
    return found


def anchors(page: Path) -> set[str]:
    """The ids MkDocs gives the headings of a page (Python-Markdown's toc slugify)."""
    ids = set()
    in_fence = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if re.match(r"^\s*(`{3,}|~{3,})", line):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match:
            text = re.sub(r"`([^`]*)`", r"\1", match["text"])
            ids.add(match["id"] or slugify(text, "-"))
    return ids


def link_is_evidence(page: Path, target: str) -> bool:
    url = urlparse(target)
    if url.scheme in {"http", "https"}:
        allowed = SOURCE_PATHS.get(url.netloc)
        return url.netloc in SOURCES and (allowed is None or url.path.startswith(allowed))
    if url.scheme:
        return False
    linked = (page.parent / url.path).resolve() if url.path else page
    if linked.suffix != ".md" or not linked.is_file():
        # a notebook or an example file in the repository counts when it exists
        return linked.is_file() and linked.suffix == ".py"
    return not url.fragment or url.fragment in anchors(linked)


def evidence(box: Box) -> list[str]:
    """What in the box a reader can check; empty when the box only asserts."""
    found = []
    for line in box.body:
        if EXECUTED_FENCE.match(line):
            found.append("an executed block in the box")
        for link in LINK.finditer(line):
            if link_is_evidence(box.page, link["target"]):
                found.append(link["target"])
        for path in REPO_PATH.finditer(line):
            if (ROOT / path["path"]).is_file():
                found.append(path["path"])
    return found


PAGES = sorted(DOCS.rglob("*.md"))
BOXES = [box for page in PAGES for box in boxes(page)]


@pytest.mark.parametrize("box", BOXES, ids=[box.where for box in BOXES])
def test_correction_box_carries_its_evidence(box: Box):
    assert evidence(box), (
        f"{box.where}: the correction box {box.title!r} asserts without evidence; add an "
        "executed block, a link to the section that shows it, a tests/ or examples/ path, "
        "or a primary source"
    )


def test_pages_have_correction_boxes():
    assert len(BOXES) >= 20  # the checker still finds the boxes the guide has


# ------------------------------------------------------------------- the checker itself
FAKE = DOCS / "threads.md"  # a real page, so relative links resolve as on the site


def _box(body: str) -> Box:
    text = '!!! warning "Misconception: something"\n' + body + "\nafter the box\n"
    (found,) = boxes(FAKE, text)
    return found


def test_a_box_that_only_asserts_has_no_evidence():
    assert evidence(_box("    It is wrong, trust us. See the example below.")) == []


def test_the_box_ends_where_its_indentation_ends():
    box = _box("    claim\n\n    more claim\nnot in the box: [x](threads.md)")
    assert evidence(box) == []


@pytest.mark.parametrize("body", [
    '    Shown here:\n\n    ```python\n    print("hi")\n    ```',
    "    See [the section](#waiting-for-a-thread-join).",
    "    See [§0.3](thread_problems.md).",
    "    `tests/threads/test_input_reader.py` checks it.",
    "    Source: [What's New](https://docs.python.org/3/whatsnew/3.13.html).",
    "    Fixed in [gh-82300](https://github.com/python/cpython/issues/82300).",
])
def test_each_kind_of_evidence_counts(body: str):
    assert evidence(_box(body))


@pytest.mark.parametrize("body", [
    "    See [a section that does not exist](#no-such-heading).",
    "    See [a page that does not exist](no_such_page.md).",
    "    `tests/threads/test_no_such_thing.py` checks it.",
    "    Someone's blog says so: [blog](https://example.com/post).",
    "    A random repository: [repo](https://github.com/someone/something).",
    '    Display only:\n\n    ```text\n    output\n    ```',
])
def test_broken_or_unverifiable_evidence_does_not_count(body: str):
    assert evidence(_box(body)) == []


# ------------------------------------------------------- the appendix: where each claim came from
NOTES = DOCS / "notes.md"
# The claim in typographic quotes: Python-Markdown keeps a \" in a title as it is, backslash too.
CURRENT_TITLE = re.compile(r"^(Common claim|Misconception): “[^”]+”$")
ENTRY = re.compile(r"^###\s+(?P<text>.+?)\s*\{#(?P<id>[\w-]+)\}\s*$")


@dataclass
class Entry:
    page: Path
    lineno: int
    id: str
    body: list[str]

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.lineno}"


def entries(page: Path = NOTES, text: str | None = None) -> list[Entry]:
    """The appendix's entries: each ``### … {#id}`` heading and its lines, to the next heading."""
    lines = (page.read_text(encoding="utf-8") if text is None else text).splitlines()
    found: list[Entry] = []
    current: Entry | None = None
    for index, line in enumerate(lines):
        if line.startswith("#"):
            match = ENTRY.match(line)
            current = Entry(page, index + 1, match["id"], []) if match else None
            if current:
                found.append(current)
        elif current:
            current.body.append(line)
    return found


def _links(page: Path, lines: list[str]) -> list[tuple[Path, str]]:
    """The links of some lines to pages of the site, as (page, fragment)."""
    targets = []
    for line in lines:
        for link in LINK.finditer(line):
            url = urlparse(link["target"])
            if not url.scheme and url.path.endswith(".md"):
                targets.append(((page.parent / url.path).resolve(), url.fragment))
    return targets


def appendix_ids(box: Box, notes: Path = NOTES) -> list[str]:
    """The appendix entries a box links to."""
    return [fragment for linked, fragment in _links(box.page, box.body)
            if linked == notes.resolve()]


def sections_around(page: Path, lineno: int) -> set[str]:
    """The ids of the sections that hold a line: the nearest heading of each level above it."""
    open_sections: dict[int, str] = {}
    in_fence = False
    for line in page.read_text(encoding="utf-8").splitlines()[:lineno]:
        if re.match(r"^\s*(`{3,}|~{3,})", line):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match:
            level = len(line) - len(line.lstrip("#"))
            open_sections = {depth: id_ for depth, id_ in open_sections.items() if depth < level}
            text = re.sub(r"`([^`]*)`", r"\1", match["text"])
            open_sections[level] = match["id"] or slugify(text, "-")
    return set(open_sections.values())


def box_problem(box: Box, known: set[str]) -> str | None:
    """Why a box's link to the appendix is missing or broken; None when it is fine."""
    ids = appendix_ids(box)
    if not ids:
        return "links to no entry of docs/notes.md"
    missing = [id_ for id_ in ids if id_ not in known]
    return f"links to entries docs/notes.md lacks: {missing}" if missing else None


def entry_problem(entry: Entry, all_boxes: list[Box]) -> str | None:
    """Why an entry does not lead back to its box; None when it does."""
    back = [(page, fragment) for page, fragment in _links(entry.page, entry.body)
            if page != entry.page.resolve()]
    if not back:
        return "links back to no page"
    for page, fragment in back:
        if not page.is_file():
            return f"links to a page that does not exist: {page.name}"
        if fragment and fragment not in anchors(page):
            return f"links to a heading {page.name} lacks: #{fragment}"
    for box in all_boxes:
        if entry.id in appendix_ids(box) and any(
                box.page.resolve() == page and (not fragment or fragment in sections_around(
                    box.page, box.lineno)) for page, fragment in back):
            return None
    return "no box in the section it links back to links to this entry"


ENTRIES = entries() if NOTES.is_file() else []
ENTRY_IDS = {entry.id for entry in ENTRIES}
CHAPTER_BOXES = [box for box in BOXES if box.page != NOTES]


@pytest.mark.parametrize("box", CHAPTER_BOXES, ids=[box.where for box in CHAPTER_BOXES])
def test_correction_box_links_to_its_appendix_entry(box: Box):
    problem = box_problem(box, ENTRY_IDS)
    assert problem is None, (
        f"{box.where}: the correction box {box.title!r} {problem}; add an entry to docs/notes.md "
        "(what the notes said, why it was wrong, a link back here) and end the box with "
        "[Where this claim came from](notes.md#its-id)"
    )


@pytest.mark.parametrize("box", CHAPTER_BOXES, ids=[box.where for box in CHAPTER_BOXES])
def test_correction_box_title_states_the_claim(box: Box):
    assert CURRENT_TITLE.match(box.title), (
        f"{box.where}: title the box 'Common claim: “…”' or 'Misconception: “…”', stating the "
        f"claim itself for a reader who never saw the notes, not {box.title!r}"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry.where for entry in ENTRIES])
def test_appendix_entry_links_back_to_its_box(entry: Entry):
    problem = entry_problem(entry, BOXES)
    assert problem is None, f"{entry.where}: the entry #{entry.id} {problem}"


def test_appendix_has_one_entry_per_claim():
    ids = [entry.id for entry in ENTRIES]
    assert len(ENTRIES) >= 20  # the parser still finds the entries the appendix has
    assert len(ids) == len(set(ids)), sorted({id_ for id_ in ids if ids.count(id_) > 1})
    linked = [id_ for box in CHAPTER_BOXES for id_ in appendix_ids(box)]
    assert sorted(linked) == sorted(ids), "each entry is linked from exactly one box"


# ------------------------------------------------------------ the appendix checker itself
APPENDIX = """# About the notes

## §0.2 Threads

### `join()` keeps threads alive {#join-keeps-threads-alive}

**The notes said** so. [The correction](threads.md#waiting-for-a-thread-join)

### Linked nowhere {#linked-nowhere}

[A page that does not exist](no_such_page.md)
"""


def test_entries_are_the_headings_with_an_id():
    found = entries(NOTES, APPENDIX)
    assert [entry.id for entry in found] == ["join-keeps-threads-alive", "linked-nowhere"]
    assert found[0].body[1].startswith("**The notes said**")


def test_a_box_without_an_appendix_link_is_reported():
    assert box_problem(_box("    See [the section](#waiting-for-a-thread-join)."), ENTRY_IDS)
    assert box_problem(_box("    [Where this claim came from](notes.md#no-such-entry)"), ENTRY_IDS)
    assert box_problem(_box("    [Where this claim came from](notes.md#join-keeps-threads-alive)"),
                       {"join-keeps-threads-alive"}) is None


def test_an_entry_must_lead_back_to_a_box_that_links_to_it():
    good, broken = entries(NOTES, APPENDIX)
    assert entry_problem(good, BOXES) is None  # the threads.md box links to it, in that section
    assert "does not exist" in entry_problem(broken, BOXES)
    assert entry_problem(good, []) == "no box in the section it links back to links to this entry"
