"""Page -> blocks. pytest-codeblocks finds every fenced block and the markers before it; this
module only reads what it found: the language from the fence's info string, the markers as pytest
marks, and ``--8<--`` lines expanded exactly as MkDocs expands them."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import markdown
import pytest
from pytest_codeblocks import extract_from_buffer

from tests.harness.config import DOCS, ROOT, snippet_options

EXECUTED = {"python", "bash"}
# Fences that are shown, never run. Anything else on a page is an error, so nothing escapes.
DISPLAYED = {"text", "toml", "yaml", "json", "ini", "console", "mermaid", "diff"}
ALIASES = {"py": "python", "python3": "python", "sh": "bash", "shell": "bash", "": "text"}
SNIPPET = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<path>[^"]+)"\s*$')
# pytest-codeblocks drops the empty lines of an indented block (in a tab or an admonition): a
# line of spaces, which it keeps, stands in for each empty line of the page.
BLANK = " " * 16


@dataclass
class Block:
    page: Path
    lineno: int  # line of the opening fence, 1-based
    language: str
    code: str  # after snippet expansion: exactly what the page shows
    files: list[Path] = field(default_factory=list)  # example files the block embeds
    inline: bool = True  # has lines of its own besides --8<-- lines
    expected_output: str | None = None
    ignore_whitespace: bool = False
    marks: list = field(default_factory=list)
    # Run on a Python the page skips it on: its example files must say what they need.
    unsupported: bool = False
    library: str | None = None  # the module an importorskip marker names

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.lineno}"

    def mark(self, name: str) -> pytest.Mark | None:
        return next((m.mark for m in self.marks if m.mark.name == name), None)


def language(info: str | None) -> str:
    """The language of a fence from its info string: ``python title="x.py"`` -> ``python``."""
    word = re.split(r"[\s{]", (info or "").strip().lstrip("{").lstrip("."), maxsplit=1)[0]
    return ALIASES.get(word.lower(), word.lower())


@cache
def _snippets():
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": snippet_options()})
    return md.preprocessors["snippet"]


def expand(lines: list[str]) -> list[str]:
    """Expand --8<-- lines with the snippets preprocessor and options MkDocs uses."""
    return _snippets().run(lines)


def embedded_files(code: str, where: str) -> list[Path]:
    files = []
    for line in code.splitlines():
        if line.strip() == "--8<--":
            raise ValueError(f"{where}: use one '--8<-- \"file\"' line per embedded file")
        match = SNIPPET.match(line)
        if not match:
            continue
        name = re.sub(r"(:[\w-]+|:\d*:\d*|:\d+)$", "", match["path"])
        found = [Path(b) / name for b in snippet_options()["base_path"]
                 if (Path(b) / name).is_file()]
        if not found:
            raise FileNotFoundError(f"{where}: snippet {match['path']!r} not found")
        files.append(found[0])
    return files


def collect_blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    rel = page.relative_to(ROOT).as_posix()
    tildes = [n for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("~~~")]
    if tildes:  # pytest-codeblocks only sees backtick fences
        raise ValueError(f"{rel}:{tildes[0]}: use backtick fences, not ~~~")
    padded = re.sub(r"^$", BLANK, text, flags=re.MULTILINE)
    blocks = []
    for found in extract_from_buffer(io.StringIO(padded)):
        where = f"{rel}:{found.lineno}"
        lang = language(found.syntax)
        if lang not in EXECUTED | DISPLAYED:
            raise ValueError(f"{where}: fence language {lang!r} is neither run "
                             f"({sorted(EXECUTED)}) nor display-only ({sorted(DISPLAYED)})")
        if lang not in EXECUTED:
            continue
        lines = [line.rstrip() if not line.strip() else line for line in found.code.splitlines()]
        try:
            code = "\n".join(expand(lines)) + "\n"
        except Exception as error:  # SnippetMissingError and friends
            raise ValueError(f"{where}: cannot expand snippet: {error}") from error
        marks = [eval(m, {"pytest": pytest, "sys": sys, "os": os, "sysconfig": sysconfig})
                 for m in found.marks]  # the markers are pytest expressions by design
        if found.importorskip:  # <!--pytest-codeblocks:importorskip(module)-->
            missing = importlib.util.find_spec(found.importorskip) is None
            marks.append(pytest.mark.skipif(missing, reason=f"needs {found.importorskip}"))
        blocks.append(Block(
            page=page, lineno=found.lineno, language=lang, code=code,
            files=embedded_files(found.code, where),
            inline=any(ln.strip() and not SNIPPET.match(ln) for ln in lines),
            expected_output=found.expected_output,
            ignore_whitespace=found.expected_output_ignore_whitespace,
            marks=marks, library=found.importorskip,
        ))
    return blocks


def all_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))
