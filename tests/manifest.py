"""Turn one test run's JUnit report into a per-page results manifest (what really ran, where).

Run it with the interpreter that ran the tests, right after pytest (it uses the standard library
only, so a bare interpreter will do)::

    python -m pytest --junitxml=report.xml ...
    python tests/manifest.py report.xml results/linux-3.14.json --source ".ci/run"

The manifest describes that interpreter (version, free-threaded or not, OS) and, for every page,
each code block the harness ran (``tests/test_pages.py::test_block[docs/threads.md:24]``): passed,
failed (failures and errors), or skipped with pytest's reason. The other tests are summed per
directory. docs/hooks/verified.py reads a folder of these files and writes each chapter's
"verified on" line and the home page's table from them; see its docstring for where they live.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

SCHEMA = 1
BLOCK = re.compile(r"test_block\[(?P<page>docs/[^\]:]+\.md)(?::(?P<line>\d+))?\]$")
OS_NAMES = {"Linux": "Linux", "Darwin": "macOS", "Windows": "Windows"}


def interpreter() -> dict[str, object]:
    """The Python running this script: the one that ran the tests."""
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    version = ".".join(map(str, sys.version_info[:2]))
    return {
        "label": version + ("t" if free_threaded else ""),
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "free_threaded": free_threaded,
        "os": OS_NAMES.get(platform.system(), platform.system()),
        "platform": platform.platform(terse=True),
    }


def outcome(case: ET.Element) -> tuple[str, str | None]:
    """("passed" | "failed" | "skipped", reason) for one <testcase>."""
    for tag in ("failure", "error"):
        bad = case.find(tag)
        if bad is not None:
            return "failed", ((bad.get("message") or tag).splitlines() or [tag])[0][:200]
    skipped = case.find("skipped")
    if skipped is not None:
        reason = skipped.get("message") or ""
        if skipped.get("type") == "pytest.xfail":
            return "skipped", f"expected to fail: {reason}".strip()
        return "skipped", reason.removeprefix("Skipped: ") or "skipped"
    return "passed", None


def read_report(report: Path) -> tuple[dict[str, dict[str, object]], dict[str, dict[str, int]],
                                       str | None]:
    """Per-page block results, per-directory counts of the other tests, and the run's start."""
    root = ET.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    pages: dict[str, dict[str, object]] = {}
    others: dict[str, dict[str, int]] = {}
    started = next((s.get("timestamp") for s in suites if s.get("timestamp")), None)
    for case in root.iter("testcase"):
        result, reason = outcome(case)
        name, classname = case.get("name", ""), case.get("classname", "")
        block = BLOCK.search(name) if classname.endswith("test_pages") else None
        if block:
            page = pages.setdefault(block["page"], {"passed": [], "failed": [], "skipped": {}})
            line = int(block["line"]) if block["line"] else 0  # 0: the page itself broke
            if result == "skipped":
                page["skipped"][str(line)] = reason
            else:
                page[result].append(line)
            continue
        # tests.threads.test_join -> tests/threads
        where = "/".join(classname.split(".")[:-1]) or classname or "?"
        if where.split("/")[-1].startswith("test_"):
            where = "/".join(where.split("/")[:-1]) or where
        counts = others.setdefault(where, {"passed": 0, "failed": 0, "skipped": 0})
        counts[result] += 1
    for page in pages.values():
        page["passed"].sort()
        page["failed"].sort()
        page["skipped"] = dict(sorted(page["skipped"].items(), key=lambda kv: int(kv[0])))
    return dict(sorted(pages.items())), dict(sorted(others.items())), started


def manifest(report: Path, source: str, when: str | None = None) -> dict[str, object]:
    pages, others, started = read_report(report)
    if when is None:
        when = started or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return {
        "schema": SCHEMA,
        "source": source,
        "when": when,
        "commit": os.environ.get("GITHUB_SHA") or os.environ.get("VERIFIED_COMMIT") or None,
        "python": interpreter(),
        "pages": pages,
        "tests": others,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="pytest's --junitxml file")
    parser.add_argument("output", type=Path, help="the manifest to write (JSON)")
    parser.add_argument("--source", default="local run", help='who ran it, e.g. ".ci/run"')
    args = parser.parse_args()
    try:
        data = manifest(args.report, args.source)
    except (OSError, ET.ParseError) as error:
        sys.exit(f"cannot read the JUnit report {args.report}: {error}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    blocks = sum(len(p["passed"]) + len(p["failed"]) + len(p["skipped"])
                 for p in data["pages"].values())
    print(f"{args.output}: {blocks} blocks on {len(data['pages'])} pages, "
          f"Python {data['python']['label']} on {data['python']['os']}")


if __name__ == "__main__":
    main()
