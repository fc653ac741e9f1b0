"""MkDocs hook: under each chapter's title, say what its code blocks really did, where and when.

Nothing here is typed by hand or read from a workflow's matrix definition: the line comes from
results manifests, one per test run, written by ``tests/manifest.py`` from pytest's JUnit report
(which blocks of which page passed, failed or were skipped and why, on which Python and OS, when).

Where the manifests live (never in a tracked file: tests do not rewrite the repository):

* the folder named by ``$VERIFIED_RESULTS`` if set, else ``.results/`` at the repository root
  (git-ignored); every ``*.json`` below it is read, subfolders included;
* ``.ci/run`` writes ``.results/ci-run/<python>.json``, one per interpreter it tests, replacing
  the previous run's, and builds the site after the tests, so its build shows this machine's run;
* on GitHub, each cell of the test matrix (.github/workflows/tests.yml) uploads its manifest as an
  artifact; the Pages job runs only after every cell passed, downloads them all into
  ``.results/`` and builds the site from them;
* with no manifest at all (a fresh clone's ``mkdocs serve``), each chapter says "Not yet
  verified" and the home page says no results were available: never a promise.

When two manifests describe the same Python on the same OS, the newer one counts. The home page's
table (the ``<!-- verified-matrix -->`` line in docs/index.md) comes from the same manifests.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = "<!-- verified-matrix -->"
OS_ORDER = ["Linux", "macOS", "Windows"]
DASH = "\N{EN DASH}"


# --------------------------------------------------------------------------- reading manifests
def results_folder() -> Path:
    return Path(os.environ.get("VERIFIED_RESULTS") or ROOT / ".results")


def load_manifests(folder: Path | None = None) -> list[dict]:
    """Every readable manifest below the folder, the newest per (Python, OS)."""
    folder = results_folder() if folder is None else folder
    newest: dict[tuple[str, str], dict] = {}
    for path in sorted(folder.rglob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            key = (data["python"]["label"], data["python"]["os"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not a manifest
        if key not in newest or data.get("when", "") > newest[key].get("when", ""):
            newest[key] = data
    return list(newest.values())


# --------------------------------------------------------------------------- wording
def _version_key(label: str) -> tuple[int, int, bool]:
    major, minor = re.match(r"(\d+)\.(\d+)", label).groups()
    return int(major), int(minor), label.endswith("t")


def pythons(labels: set[str]) -> str:
    """{"3.11", "3.12", "3.13", "3.14t"} -> "3.11-3.13 and 3.14t" (an en dash)."""
    plain = sorted((v for v in labels if not v.endswith("t")), key=_version_key)
    free = sorted((v for v in labels if v.endswith("t")), key=_version_key)
    runs: list[list[str]] = []
    for label in plain:
        major, minor, _ = _version_key(runs[-1][-1]) if runs else (0, 0, False)
        if runs and _version_key(label)[:2] == (major, minor + 1):
            runs[-1].append(label)
        else:
            runs.append([label])
    parts = [f"{r[0]}{DASH}{r[-1]}" if len(r) > 2 else ", ".join(r) for r in runs]
    plain_text = ", ".join(parts)
    free_text = ", ".join(free)
    return " and ".join(filter(None, [plain_text, free_text]))


def _os_rank(os_name: str) -> int:
    return OS_ORDER.index(os_name) if os_name in OS_ORDER else len(OS_ORDER)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def where(by_os: dict[str, set[str]]) -> str:
    """{"Linux": {...}, "macOS": {...}} -> "3.11-3.15 on Linux and macOS; 3.11 on Windows"."""
    same: dict[frozenset[str], list[str]] = defaultdict(list)
    for os_name in sorted(by_os, key=_os_rank):
        same[frozenset(by_os[os_name])].append(os_name)
    return "; ".join(f"{pythons(set(labels))} on {_and(oses)}" for labels, oses in same.items())


def _date(manifests: list[dict]) -> str:
    days = sorted({m.get("when", "")[:10] for m in manifests if m.get("when")})
    if not days:
        return ""
    return days[0] if len(days) == 1 else f"{days[0]} to {days[-1]}"


def page_line(page: str, manifests: list[dict]) -> str:
    """What the manifests say about one page's blocks, as one sentence (HTML-free)."""
    runs = [(m, m["pages"][page]) for m in manifests if page in m.get("pages", {})]
    blocks = {int(n) for _, r in runs for n in [*r["passed"], *r["failed"], *r["skipped"]]}
    blocks.discard(0)
    if not runs or not blocks:
        return "Not yet verified: no test results for this page were available when the site " \
               "was built."
    total = len(blocks)
    # Runs that did the same thing are described together.
    groups: dict[tuple[int, tuple[int, ...], tuple[str, ...]], dict[str, set[str]]] = \
        defaultdict(lambda: defaultdict(set))
    for m, r in runs:
        reasons = tuple(sorted(set(r["skipped"].values())))
        key = (len(set(r["passed"]) - {0}), tuple(r["failed"]), reasons)
        groups[key][m["python"]["os"]].add(m["python"]["label"])
    parts = []
    for (passed, failed, reasons), by_os in sorted(groups.items(), key=lambda g: (
            bool(g[0][1]), -g[0][0])):
        if passed == total and not failed:
            text = (f"all {total} code blocks on this page ran and passed"
                    if not parts else f"all {total} passed") + f" on Python {where(by_os)}"
        else:
            text = f"{passed} of {total} passed on Python {where(by_os)}"
            if failed:
                lines = ", ".join(str(n) for n in failed if n) or "the page"
                text += f" ({len(failed)} failed: line {lines})"
            if reasons:
                text += " — skipped: " + "; ".join(reasons)
        parts.append(text)
    first = parts[0][0].upper() + parts[0][1:]
    sentence = "; ".join([first, *parts[1:]])
    run_of = _date([m for m, _ in runs])
    commits = sorted({(m.get("commit") or "")[:7] for m, _ in runs} - {""})
    sentence += f". Test run of {run_of}" if run_of else ""
    sentence += f" (commit {', '.join(commits)})" if commits else ""
    return sentence + "."


def matrix_table(manifests: list[dict]) -> str:
    """The home page's table: one row per Python and OS that really ran."""
    if not manifests:
        return "Not yet verified: no test results were available when this site was built."
    rows = ["| Platform | Python | Code blocks passed | Skipped | Failed | Run |",
            "| --- | --- | --- | --- | --- | --- |"]
    order = sorted(manifests, key=lambda m: (
        _os_rank(m["python"]["os"]),
        _version_key(m["python"]["label"])[2], _version_key(m["python"]["label"])))
    for m in order:
        pages = m.get("pages", {}).values()
        passed = sum(len(set(p["passed"]) - {0}) for p in pages)
        skipped = sum(len(p["skipped"]) for p in pages)
        failed = sum(len(p["failed"]) for p in pages)
        rows.append(f"| {m['python']['os']} | {m['python']['label']} "
                    f"({m['python'].get('version', '?')}) | {passed} | {skipped} | {failed} | "
                    f"{m.get('when', '')[:10]}, {m.get('source', '?')} |")
    return "\n".join(rows)


# --------------------------------------------------------------------------- the hook
def on_page_markdown(markdown: str, page, config, files) -> str:  # noqa: ANN001
    manifests = load_manifests()
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, matrix_table(manifests))
    chapter = Path(page.file.src_uri).stem
    if not (ROOT / "examples" / chapter).is_dir() or "Not yet written" in markdown:
        return markdown
    line = page_line(f"docs/{page.file.src_uri}", manifests)
    note = (f'<p class="verified" markdown>{line} <a href="' + "../" * page.url.count("/")
            + 'verification/">How?</a></p>')
    # Right after the first heading.
    return re.sub(r"^(# .*\n)", lambda m: m.group(1) + "\n" + note + "\n", markdown, count=1,
                  flags=re.MULTILINE)
