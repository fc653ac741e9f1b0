"""Let the page paint before the theme's script runs.

Material ends each page with `<script src=".../bundle.HASH.min.js">`, a parser-blocking script:
the browser waits for its download before it may finish the document, and Lighthouse counts it
as render-blocking. With `defer` it is fetched in parallel and runs once the document is parsed:
the same moment in the page's life (it is the last element of the body), without blocking the
first paint. The inline scripts it reads from (`__config`, the palette) come before it, and the
search-index hold of docs/overrides/partials/lazy-search-index.js is inline, so it still runs
first; `extra_javascript` files are deferred too, and deferred scripts keep their order.
"""

import re

BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)">')


def defer_bundle(output: str) -> str:
    return BUNDLE.sub(r'<script src="\1" defer>', output)


def on_post_page(output: str, page, config) -> str:  # noqa: ANN001
    return defer_bundle(output)


def on_post_template(output: str, template_name: str, config) -> str:  # noqa: ANN001
    return defer_bundle(output)  # 404.html
