"""Every correction box on every page carries or links its evidence.

A correction box is an admonition that sets a claim right: its title starts with "The notes
said", "The book's pattern", "Common claim" or "Misconception". Its body must hold at least one
piece of evidence a reader can follow:

- a ``python`` or ``bash`` code block inside the box (the page harness executes it);
- a link to a section of this guide that exists (``[...](#anchor)``, ``[...](page.md#anchor)``),
  where the executed example is;
- the path of a test or example file that exists (``tests/.../test_x.py``, ``examples/...py``);
- a link to a primary source: CPython's docs, code, issues or PEPs, or a library's own docs.

A box that only asserts fails here, naming its page and line.
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
    text = '!!! warning "The notes said: something"\n' + body + "\nafter the box\n"
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
