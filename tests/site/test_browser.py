"""The built site in a real browser (Debian's Chromium, driven by Playwright)."""

import gzip
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.harness import ROOT
from tests.harness.site import needs_mkdocs

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = [pytest.mark.browser, needs_mkdocs, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"no browser at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev group")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site_url: str):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"],
                                  base_url=site_url)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()


def all_pages(built_site: Path) -> list[str]:
    return sorted(p.relative_to(built_site).as_posix().removesuffix("index.html")
                  for p in built_site.rglob("*.html"))


def test_every_page_loads_without_errors_or_requests_elsewhere(page, built_site, site_url):
    host = urlsplit(site_url).netloc
    errors: list[str] = []
    elsewhere: list[str] = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: elsewhere.append(request.url)
            if urlsplit(request.url).netloc not in {host, ""} else None)
    pages = all_pages(built_site)
    assert len(pages) >= 17
    for path in pages:
        errors.clear()
        elsewhere.clear()
        # "load": every stylesheet, script and image of the page has arrived (with the search
        # index held back until the reader searches, nothing else is fetched later; the search
        # test checks that); networkidle would add half a second of waiting to every page.
        response = page.goto(path, wait_until="load")
        page.wait_for_timeout(100)  # an error thrown by a script run on load
        assert response.ok or path == "404.html", path
        assert errors == [], path
        assert elsewhere == [], path


def test_search_finds_a_term_and_opens_the_result(page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("", wait_until="networkidle")
    # The index is held back until the search is opened
    # (docs/overrides/partials/lazy-search-index.js).
    assert not any(url.endswith("search_index.json") for url in requested)
    page.locator(".md-search__input").click()
    page.keyboard.type("excepthook", delay=20)  # as typed: the search listens to key events
    result = page.locator(".md-search-result__item a").first
    result.wait_for()
    result.click()
    page.wait_for_url("**/threads/**")
    assert "excepthook" in page.content()


def test_copy_buttons_copy_exactly_the_example_files(page):
    page.goto("threads/", wait_until="networkidle")
    titled = page.locator("div.highlight:has(span.filename)")
    checked = 0
    for index in range(titled.count()):
        block = titled.nth(index)
        if not block.is_visible():
            continue  # in a tab that is not selected
        block.hover()  # first: a block far below the screen is not laid out (extra.css)
        name = block.locator("span.filename").text_content().strip()
        block.locator("button[data-md-type='copy']").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.rstrip("\n") == (ROOT / name).read_text(encoding="utf-8").rstrip("\n"), name
        checked += 1
    assert checked >= 7


def test_dark_mode_toggles(page):
    page.goto("threads/", wait_until="networkidle")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert page.evaluate(scheme) == "slate"
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert page.evaluate(scheme) == "default"


def test_instant_navigation_does_not_reload_the_page(page):
    page.goto("", wait_until="networkidle")
    page.evaluate("window.stillTheSameDocument = true")
    page.locator("article a[href$='/threads/']").first.click()  # a link in the text
    page.wait_for_url("**/threads/")
    page.locator("h1:has-text('Threads')").wait_for()
    assert page.evaluate("window.stillTheSameDocument === true")


def test_a_chapter_page_is_under_100_kb_compressed(page):
    """Everything a chapter page loads, gzip-compressed as GitHub Pages serves it. The search
    index (the whole site's text) is not among it: it is fetched when the reader opens the search
    (docs/overrides/partials/lazy-search-index.js), which test_search_finds_a_term_... exercises."""
    sizes: dict[str, int] = {}

    def record(response) -> None:
        try:
            sizes[response.url] = len(gzip.compress(response.body()))
        except Exception:  # redirects and failed requests have no body
            sizes.setdefault(response.url, 0)

    page.on("response", record)
    page.goto("threads/", wait_until="networkidle")
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
    assert not any(url.endswith("search_index.json") for url in sizes), largest
    assert 0 < sum(sizes.values()) < 100 * 1024, largest



def test_a_notebook_page_shows_its_cells_outputs_and_offers_the_ipynb(page):
    page.goto("notebooks/threads/", wait_until="networkidle")
    outputs = page.locator(".jp-OutputArea-output")
    assert outputs.count() >= 4
    assert outputs.first.is_visible()
    assert "says hello" in "\n".join(outputs.all_inner_texts())  # printed by the build's run
    download = page.locator("a[href$='/notebooks/threads/threads.ipynb']")
    assert download.is_visible()
    assert page.request.get(download.get_attribute("href")).ok
