"""MkDocs hook: an option name in inline code is not split across two lines.

Browsers may break a line after any hyphen, so on a phone `--python` ended one line with "-" and
began the next with "-python" (Material's `word-break: break-word` on code does not cause it and
CSS alone cannot prevent it for part of an element: `white-space: nowrap` on all inline code
would push the long ones, tracebacks quoted in the text, past the screen's edge). Each short run
without spaces that holds a hyphen, in inline code, goes in a <span class="nowrap">
(docs/stylesheets/extra.css); the text, and what a reader copies, is unchanged.
"""

from __future__ import annotations

import re

PLAIN_CODE = re.compile(r"<code>([^<]*)</code>")  # inline code as Markdown writes it, no markup
HYPHENATED = re.compile(r"[^\s<>]*-[^\s<>]*")
LONGEST = 30  # characters: a longer run may still wrap (it would not fit a phone's line anyway)


def keep_together(html: str) -> str:
    def wrap(run: re.Match) -> str:
        text = run.group(0)
        return f'<span class="nowrap">{text}</span>' if len(text) <= LONGEST else text

    return PLAIN_CODE.sub(lambda code: f"<code>{HYPHENATED.sub(wrap, code.group(1))}</code>",
                          html)


def on_page_content(html: str, page, config, files) -> str:  # noqa: ANN001
    return keep_together(html)
