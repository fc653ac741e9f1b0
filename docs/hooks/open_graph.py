"""MkDocs hook: the tags a link preview (Open Graph, Twitter/X cards) reads, on every page.

A link to a page pasted into a chat or a post shows the page's title and its description: the
`description` of its front matter (docs/hooks/notebooks.py gives each notebook page one), else the
site's. The theme's template is not forked: the tags go in before </head> of the rendered page.
"""

from __future__ import annotations

import html


def tags(page, config) -> str:  # noqa: ANN001
    site = config["site_name"]
    title = site if page.is_homepage else f"{page.title} - {site}"
    description = " ".join(str(page.meta.get("description") or config["site_description"]
                               or "").split())
    values = {
        "og:type": "website" if page.is_homepage else "article",
        "og:site_name": site,
        "og:title": title,
        "og:description": description,
        "og:url": page.canonical_url or "",
        "twitter:card": "summary",
        "twitter:title": title,
        "twitter:description": description,
    }
    return "".join(
        f'<meta {"name" if key.startswith("twitter:") else "property"}="{key}" '
        f'content="{html.escape(value, quote=True)}">\n'
        for key, value in values.items() if value)


def on_post_page(output: str, page, config) -> str:  # noqa: ANN001
    return output.replace("</head>", f"{tags(page, config)}</head>", 1)
