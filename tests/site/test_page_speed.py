"""What docs/hooks/page_speed.py promises, on the built site."""

import re

from tests.harness.site import needs_mkdocs

pytestmark = needs_mkdocs


def test_every_page_loads_the_theme_bundle_deferred_after_the_inline_search_hold(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        html = page.read_text(encoding="utf-8")
        bundles = re.findall(r'<script src="[^"]*/bundle\.[0-9a-f]+\.min\.js"( defer)?>', html)
        if not bundles:  # a page that is not a theme page (a notebook download, for one)
            continue
        assert bundles == [" defer"], page
        assert html.index("search_index\\.json") < html.index("/bundle."), page
