"""The built site in a real browser (Debian's Chromium, driven by Playwright)."""

import gzip
import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.harness import ROOT
from tests.harness.site import CHROME_FLAGS, CHROMIUM, needs_mkdocs

pytestmark = [pytest.mark.browser, needs_mkdocs, pytest.mark.timeout(300)]
TABS = 4  # pages loaded at once by the every-page test


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"no browser at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev group")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS)
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
    tabs = [page, *(page.context.new_page() for _ in range(TABS - 1))]
    errors: dict[object, list[str]] = {tab: [] for tab in tabs}
    elsewhere: dict[object, list[str]] = {tab: [] for tab in tabs}
    for tab in tabs:
        tab.on("console", lambda message, tab=tab: errors[tab].append(message.text)
               if message.type == "error" else None)
        tab.on("pageerror", lambda error, tab=tab: errors[tab].append(str(error)))
        tab.on("request", lambda request, tab=tab: elsewhere[tab].append(request.url)
               if urlsplit(request.url).netloc not in {host, ""} else None)
    pages = all_pages(built_site)
    assert len(pages) >= 17
    for start in range(0, len(pages), TABS):  # a few pages at once, one per tab
        batch = list(zip(tabs, pages[start:start + TABS], strict=False))
        responses = {}
        for tab, path in batch:
            errors[tab].clear()
            elsewhere[tab].clear()
            responses[tab] = tab.goto(path, wait_until="commit")  # the others load meanwhile
        for tab, _ in batch:
            # "load": every stylesheet, script and image of the page has arrived (with the
            # search index held back until the reader searches, nothing else is fetched later;
            # the search test checks that); networkidle would add half a second to every page.
            tab.wait_for_load_state("load")
        page.wait_for_timeout(100)  # an error thrown by a script run on load
        for tab, path in batch:
            assert responses[tab].ok or path == "404.html", path
            assert errors[tab] == [], path
            assert elsewhere[tab] == [], path


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


# What a reader sees on a phone and in a link preview (issue 18). The plain-HTML checks read the
# built files; the browser checks load one page each.

def built_pages(built_site: Path) -> dict[str, str]:
    return {path: (built_site / path / "index.html" if not path.endswith(".html")
                   else built_site / path).read_text(encoding="utf-8")
            for path in all_pages(built_site) if path != "404.html"}


def test_every_page_links_the_repository_and_has_open_graph_tags(built_site, site_url):
    from tests.harness.site import REPO_URL

    repo = os.environ.get("REPO_URL", REPO_URL)
    pages = built_pages(built_site)
    assert len(pages) >= 17
    for path, text in pages.items():
        assert re.search(rf'<a href="{re.escape(repo)}/?"[^>]*class="md-source"', text), path
        tags = dict(re.findall(r'<meta (?:property|name)="((?:og|twitter):\w+)" content="([^"]*)"',
                               text))
        assert tags.keys() >= {"og:title", "og:description", "og:url", "og:type",
                               "twitter:card"}, path
        assert tags["og:url"] == site_url + path, path
        assert tags["og:title"], path
        assert len(tags["og:description"]) > 40, path
    home = dict(re.findall(r'<meta property="(og:\w+)" content="([^"]*)"', pages[""]))
    threads = dict(re.findall(r'<meta property="(og:\w+)" content="([^"]*)"', pages["threads/"]))
    assert home["og:type"] == "website"
    assert threads["og:type"] == "article"
    assert threads["og:description"] != home["og:description"]  # the page's own front matter


def test_every_page_names_its_search_dialog_without_a_script(built_site):
    pages = built_pages(built_site)
    for path, text in pages.items():
        dialogs = re.findall(r'<div class="md-search"[^>]*>', text)
        assert dialogs, path
        assert all('role="dialog"' in d for d in dialogs), path
        assert all('aria-label="Search"' in d for d in dialogs), path  # hooks/search_label.py


def test_no_page_shows_a_build_machine_path(built_site):
    pages = built_pages(built_site)
    private = re.compile(r"/root/|\.pyenv/versions/|\.cache/pythons|/home/\w|/Users/\w"
                         r"|site-packages/\w")
    found = {path: sorted(set(private.findall(text))) for path, text in pages.items()}
    assert not {path: hits for path, hits in found.items() if hits}
    # The deliberate traceback of the pools notebook is still there, with neutral paths.
    library = re.findall(r"([^\s\">]{0,4})lib/python3\.\d+t?/multiprocessing/",
                         pages["notebooks/pools/"])
    assert library, "the pools notebook's traceback is gone"
    assert set(library) == {".../"}, library


def test_notebooks_are_not_in_the_search_index(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].partition("#")[0] for doc in index["docs"]}
    assert "threads/" in locations
    assert not {location for location in locations if location.startswith("notebooks/")}


def test_option_names_in_inline_code_stay_on_one_line_on_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("benchmarks/", wait_until="load")
    code = page.locator("article p code", has_text=re.compile(r"^--python$")).first
    # Narrow the paragraph through every width where the line could end inside the option.
    lines = code.evaluate("""code => {
        const block = code.closest('p'), counts = new Set();
        for (let width = 120; width <= 360; width += 3) {
            block.style.width = width + 'px';
            const range = document.createRange();
            range.selectNodeContents(code);
            counts.add(new Set([...range.getClientRects()].map(r => Math.round(r.top))).size);
        }
        return [...counts];
    }""")
    assert lines == [1]


def test_linked_tabs_are_off_one_example_switches_alone(page):
    page.goto("threads/", wait_until="load")
    sets = page.locator("article .tabbed-set")
    assert sets.count() >= 2
    checked = "els => els.map(set => set.querySelector(':scope > input:checked').id)"
    before = sets.evaluate_all(checked)
    second = sets.first.locator(":scope > .tabbed-labels > label").nth(1)
    second.click()
    after = sets.evaluate_all(checked)
    assert after[0] != before[0]
    assert after[1:] == before[1:]


def test_wide_tables_show_they_scroll_and_copy_buttons_leave_the_first_line_free(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("benchmarks/", wait_until="load")
    wide = page.evaluate("""() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
        .filter(wrap => wrap.scrollWidth > wrap.clientWidth + 2)
        .map(wrap => getComputedStyle(wrap).backgroundImage)""")
    assert wide, "no table wider than a phone to check"
    assert all(image.count("radial-gradient") == 2 for image in wide), wide
    room = page.evaluate("""() => [...document.querySelectorAll('.md-code__content')]
        .filter(code => code.offsetParent).slice(0, 5).map(code => {
            const first = code.querySelector('code > span');
            const button = code.parentElement.querySelector('.md-code__button, .md-clipboard');
            return [parseFloat(getComputedStyle(first).paddingRight),
                    button ? button.getBoundingClientRect().width : 0];
        })""")
    assert room, "no code block"
    assert all(pad >= width > 0 for pad, width in room), room


def test_an_examples_copy_button_sits_in_its_file_name_bar_on_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("threads/", wait_until="load")
    placed = page.evaluate("""() => [...document.querySelectorAll('.highlight')]
        .filter(block => block.offsetParent && block.querySelector(':scope > .filename'))
        .map(block => {
            const bar = block.querySelector(':scope > .filename').getBoundingClientRect();
            const button = block.querySelector('.md-code__nav').getBoundingClientRect();
            const code = block.querySelector('pre > code').getBoundingClientRect();
            const name = document.createRange();
            name.selectNodeContents(block.querySelector(':scope > .filename'));
            return [bar.top <= button.top && button.bottom <= bar.bottom,  // in the bar,
                    button.bottom <= code.top,  // so above the code,
                    // and clear of the file's name
                    Math.max(...[...name.getClientRects()].map(r => r.right)) <= button.left];
        })""")
    assert len(placed) >= 7
    assert all(all(checks) for checks in placed), placed


CONTRAST = """() => {
    const rgb = text => text.match(/[\\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => [r, g, b].map(c => c / 255)
        .map(c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const background = el => {
        for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
    };
    const worst = {};
    for (const el of document.querySelectorAll('.jupyter-wrapper .highlight-ipynb span[class]')) {
        if (!el.textContent.trim()) continue;
        const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        worst[el.className] = Math.min(worst[el.className] ?? 99, ratio);
    }
    return worst;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_notebook_code_has_4_5_to_1_contrast(browser, site_url, scheme):
    context = browser.new_context(base_url=site_url, color_scheme=scheme)
    try:
        tab = context.new_page()
        tab.goto("notebooks/pools/", wait_until="load")
        expected = "slate" if scheme == "dark" else "default"
        assert tab.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        worst = tab.evaluate(CONTRAST)
        assert {"c1", "mi", "k"} <= worst.keys(), worst  # comments, numbers, keywords measured
        assert {name: ratio for name, ratio in worst.items() if ratio < 4.5} == {}
    finally:
        context.close()
