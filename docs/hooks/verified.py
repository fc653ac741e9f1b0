"""MkDocs hook: under each chapter's title, say where and when its code was last verified.

The versions and platforms come from the test matrix in .github/workflows/tests.yml, the date from
git (the last commit that touched the page, its examples or its tests), so nothing is typed by hand.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PLATFORMS = {"ubuntu-latest": "Linux", "macos-latest": "macOS", "windows-latest": "Windows"}


@cache
def matrix() -> tuple[list[str], list[str]]:
    workflow = yaml.safe_load((ROOT / ".github/workflows/tests.yml").read_text(encoding="utf-8"))
    found = workflow["jobs"]["examples"]["strategy"]["matrix"]
    return found["python"], [PLATFORMS.get(os_name, os_name) for os_name in found["os"]]


def last_verified(chapter: str) -> str | None:
    paths = [p for p in (f"docs/{chapter}.md", f"examples/{chapter}", f"tests/{chapter}")
             if (ROOT / p).exists()]
    try:
        date = subprocess.run(["git", "log", "-1", "--format=%cs", "--", *paths], cwd=ROOT,
                              capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return date or None


def on_page_markdown(markdown: str, page, config, files) -> str:  # noqa: ANN001
    chapter = Path(page.file.src_uri).stem
    if not (ROOT / "examples" / chapter).is_dir() or "Not yet written" in markdown:
        return markdown
    pythons, platforms = matrix()
    date = last_verified(chapter)
    note = (f'<p class="verified" markdown>Every code block on this page is run by the test '
            f'suite on Python {", ".join(pythons)} ({", ".join(platforms)})'
            + (f"; last verified with the commit of {date}." if date else ".")
            + ' <a href="' + "../" * page.url.count("/") + 'verification/">How?</a></p>')
    # Right after the first heading.
    return re.sub(r"^(# .*\n)", lambda m: m.group(1) + "\n" + note + "\n", markdown, count=1,
                  flags=re.MULTILINE)
