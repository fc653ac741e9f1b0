"""Every internal link and anchor of the built site resolves, notebook pages included (MkDocs's
own validation does not look inside rendered notebooks or raw HTML)."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from tests.harness.site import build_site, needs_mkdocs, write_small_site


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name in ("id", "name"):
            if found.get(name) and (name == "id" or tag == "a"):
                self.ids.add(found[name])
        for name in ("href", "src"):
            if found.get(name) and tag in {"a", "link", "img", "script", "source", "iframe"}:
                self.links.append(found[name])


def broken_links(site: Path) -> list[str]:
    """'page -> link (why)' for every internal link or anchor of the built site that is broken."""
    pages: dict[Path, _Page] = {}
    for html in site.rglob("*.html"):
        parser = _Page()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html] = parser
    problems = []
    for html, parser in pages.items():
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
                continue  # another site: the browser tests check that none is *requested*
            path, fragment = urldefrag(link)
            path = unquote(urlsplit(path).path)
            base = site if path.startswith("/") else html.parent  # 404.html links from the root
            target = (base / path.lstrip("/")).resolve() if path else html
            if target.is_dir():
                target = target / "index.html"
            where = f"{html.relative_to(site).as_posix()} -> {link}"
            if not target.exists():
                problems.append(f"{where} (no such file)")
            elif fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if unquote(fragment) not in ids:
                    problems.append(f"{where} (no such anchor)")
    return sorted(problems)


@needs_mkdocs
def test_strict_build_passes(built_site: Path):
    # The session's one `mkdocs build --strict` (the built_site fixture asserts its exit status).
    assert (built_site / "index.html").is_file()
    assert (built_site / "threads" / "index.html").is_file()


@needs_mkdocs
def test_every_internal_link_and_anchor_resolves(built_site: Path):
    assert broken_links(built_site) == []


@needs_mkdocs
def test_site_has_its_404_page(built_site: Path):
    assert "404" in (built_site / "404.html").read_text(encoding="utf-8")


def test_a_broken_link_or_anchor_is_reported(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h1 id="top">A</h1><a href="../b/">ok</a><a href="../c/">gone</a>'
        '<a href="../b/#there">ok anchor</a><a href="../b/#nowhere">bad anchor</a>'
        '<a href="https://example.org/">elsewhere</a>', encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "index.html").write_text('<p id="there">B</p>', encoding="utf-8")
    assert broken_links(tmp_path) == ["a/index.html -> ../b/#nowhere (no such anchor)",
                                      "a/index.html -> ../c/ (no such file)"]


@needs_mkdocs
def test_a_broken_anchor_in_raw_html_fails_the_check(tmp_path: Path):
    # MkDocs does not validate links written as HTML; this check does.
    config = write_small_site(tmp_path, {
        "index.md": '# Home\n\n<a href="other/#no-such-heading">raw</a>\n',
        "other.md": "# Other\n"})
    run = build_site(config, tmp_path / "site", timeout=120)
    assert run.returncode == 0, run.stderr  # MkDocs itself lets it through ...
    assert broken_links(tmp_path / "site") == [  # ... this check does not
        "index.html -> other/#no-such-heading (no such anchor)"]


@needs_mkdocs
def test_every_page_has_a_description_of_its_own(built_site: Path):
    descriptions = {}
    for html in built_site.rglob("*.html"):
        if html.name == "404.html":
            continue
        found = re.search(r'<meta name="description" content="([^"]*)"',
                          html.read_text(encoding="utf-8"))
        assert found, html
        assert found.group(1).strip(), html
        descriptions[html.relative_to(built_site).as_posix()] = found.group(1)
    repeated = {text for text in descriptions.values()
                if list(descriptions.values()).count(text) > 1}
    assert not repeated, sorted(page for page, text in descriptions.items() if text in repeated)
