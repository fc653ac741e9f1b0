"""Where things are, and mkdocs.yml read once, without importing MkDocs (the harness also runs
where the docs toolchain is not installed: other interpreters, free-threaded builds)."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import yaml

# GUIDE_ROOT points the harness at another site (tests/test_harness.py builds a broken one).
ROOT = Path(os.environ.get("GUIDE_ROOT", Path(__file__).resolve().parents[2]))
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"


class _Loader(yaml.SafeLoader):
    """Keeps ``!ENV`` and ``!!python/...`` tags as plain values instead of failing on them."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
_Loader.add_constructor("!ENV", lambda loader, node: None)


@cache
def mkdocs_config(root: Path = ROOT) -> dict:
    """mkdocs.yml as data; the one way the tests read it."""
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def markdown_extension(name: str, root: Path = ROOT) -> dict:
    for entry in mkdocs_config(root)["markdown_extensions"]:
        if isinstance(entry, dict) and name in entry:
            return dict(entry[name])
        if entry == name:
            return {}
    raise LookupError(f"mkdocs.yml does not configure {name}")


@cache
def snippet_options(root: Path = ROOT) -> dict:
    """The pymdownx.snippets settings of mkdocs.yml, with absolute base paths."""
    options = markdown_extension("pymdownx.snippets", root)
    options["base_path"] = [str(root / p) for p in options.get("base_path", ["."])]
    return options


@cache
def interpreters() -> dict[tuple[int, int], str]:
    """The Pythons a test may compare behaviour across: the running one, and those listed in
    GUIDE_PYTHONS (paths separated by os.pathsep; .ci/run sets it to every interpreter it tests
    with). Keyed by (major, minor); a free-threaded build is left out (its behaviour differs by
    design, and it has tests of its own)."""
    found = {sys.version_info[:2]: sys.executable}
    for path in filter(None, os.environ.get("GUIDE_PYTHONS", "").split(os.pathsep)):
        try:
            probe = subprocess.run(
                [path, "-c", "import sys, sysconfig; print(*sys.version_info[:2], "
                             "sysconfig.get_config_var('Py_GIL_DISABLED') or 0)"],
                capture_output=True, text=True, timeout=30, check=True)
        except (OSError, subprocess.SubprocessError):
            continue
        major, minor, free_threaded = map(int, probe.stdout.split())
        if not free_threaded:
            found.setdefault((major, minor), path)
    return found
