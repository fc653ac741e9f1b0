"""The results manifest (tests/manifest.py) and the verified line built from it (docs/hooks)."""

import importlib.util
import json
import sys
from pathlib import Path

from tests import manifest
from tests.harness import ROOT, run_command

_spec = importlib.util.spec_from_file_location("verified_hook", ROOT / "docs/hooks/verified.py")
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)

# What pytest --junitxml writes (pytest 8): a pass, a skip with its reason, a failure, an error
# in setup, an xfail, a page that could not be parsed, and two tests that are not page blocks.
JUNIT = """<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests">
<testsuite name="pytest" errors="1" failures="1" skipped="2" tests="8" time="3.2"
 timestamp="2026-11-30T10:00:00.000000+00:00" hostname="vm">
<testcase classname="tests.test_pages" name="test_block[docs/threads.md:24]" time="0.3" />
<testcase classname="tests.test_pages" name="test_block[docs/threads.md:50]" time="0.0">
 <skipped type="pytest.skip" message="Ctrl-C cannot be sent to a child process group on Windows">
 tests/conftest.py:345: Ctrl-C ...</skipped></testcase>
<testcase classname="tests.test_pages" name="test_block[docs/threads.md:7]" time="0.3">
 <failure message="docs/threads.md:7: output differs from the page&#10;more">...</failure>
</testcase>
<testcase classname="tests.test_pages" name="test_block[docs/queues.md:12]" time="0.1">
 <error message="failed on setup with &quot;boom&quot;">...</error></testcase>
<testcase classname="tests.test_pages" name="test_block[docs/queues.md:30]" time="0.1">
 <skipped type="pytest.xfail" message="fixed on another branch" /></testcase>
<testcase classname="tests.test_pages" name="test_block[docs/broken.md]" time="0.0">
 <failure message="unclosed fence">...</failure></testcase>
<testcase classname="tests.threads.test_join" name="test_join_waits" time="0.2" />
<testcase classname="tests.test_site" name="test_nav" time="0.2">
 <skipped type="pytest.skip" message="mkdocs is in the docs group" /></testcase>
</testsuite></testsuites>
"""


def sample_manifest(os_name: str = "Linux", label: str = "3.11",
                    when: str = "2026-11-30T10:00:00+00:00") -> dict:
    """A manifest as tests/manifest.py writes it, for one Python on one OS."""
    return {"schema": manifest.SCHEMA, "source": "test", "when": when, "commit": None,
            "python": {"label": label, "version": label.rstrip("t") + ".0", "os": os_name},
            "pages": {"docs/threads.md": {"passed": [24, 50], "failed": [], "skipped": {}}},
            "tests": {}}


def test_report_becomes_per_page_results(tmp_path: Path):
    report = tmp_path / "report.xml"
    report.write_text(JUNIT, encoding="utf-8")
    data = manifest.manifest(report, source="unit test")
    assert data["when"] == "2026-11-30T10:00:00.000000+00:00"
    assert data["pages"] == {
        "docs/broken.md": {"passed": [], "failed": [0], "skipped": {}},
        "docs/queues.md": {"passed": [], "failed": [12],
                           "skipped": {"30": "expected to fail: fixed on another branch"}},
        "docs/threads.md": {"passed": [24], "failed": [7], "skipped": {
            "50": "Ctrl-C cannot be sent to a child process group on Windows"}},
    }
    assert data["tests"] == {"tests": {"passed": 0, "failed": 0, "skipped": 1},
                             "tests/threads": {"passed": 1, "failed": 0, "skipped": 0}}
    assert data["python"]["label"] == (f"{sys.version_info[0]}.{sys.version_info[1]}"
                                       + ("t" if data["python"]["free_threaded"] else ""))


def test_command_line_writes_the_manifest(tmp_path: Path):
    report = tmp_path / "report.xml"
    report.write_text(JUNIT, encoding="utf-8")
    out = tmp_path / "results" / "here.json"
    run = run_command([sys.executable, str(ROOT / "tests/manifest.py"), str(report), str(out),
                       "--source", ".ci/run"], cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == ".ci/run"
    missing = run_command([sys.executable, str(ROOT / "tests/manifest.py"),
                           str(tmp_path / "none.xml"), str(out)], cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.startswith("cannot read the JUnit report")


def test_the_line_says_what_ran_where():
    windows = sample_manifest("Windows", "3.13")
    windows["pages"]["docs/threads.md"] = {"passed": [24], "failed": [],
                                           "skipped": {"50": "server blocks are skipped"}}
    runs = [sample_manifest("Linux", v) for v in ("3.11", "3.12", "3.13", "3.14t")]
    line = hook.page_line("docs/threads.md", [*runs, sample_manifest("macOS", "3.11"), windows])
    assert line == ("All 2 code blocks on this page ran and passed on Python 3.11\u20133.13 and "
                    "3.14t on Linux; 3.11 on macOS; 1 of 2 passed on Python 3.13 on Windows "
                    "— skipped: server blocks are skipped. Test run of 2026-11-30.")


def test_a_failure_is_reported_not_hidden():
    bad = sample_manifest("Linux", "3.15")
    bad["pages"]["docs/threads.md"] = {"passed": [24], "failed": [50], "skipped": {}}
    line = hook.page_line("docs/threads.md", [sample_manifest(), bad])
    assert "1 of 2 passed on Python 3.15 on Linux (1 failed: line 50)" in line


def test_no_result_is_not_a_promise(tmp_path: Path):
    assert hook.load_manifests(tmp_path) == []
    assert hook.page_line("docs/threads.md", []).startswith("Not yet verified")
    assert hook.page_line("docs/queues.md", [sample_manifest()]).startswith("Not yet verified")


def test_the_newest_result_per_python_and_os_counts(tmp_path: Path):
    old = sample_manifest(when="2026-01-01T00:00:00+00:00")
    old["pages"]["docs/threads.md"]["failed"] = [50]
    for name, data in {"old.json": old, "new.json": sample_manifest(),
                       "other.json": {"not": "a manifest"}}.items():
        (tmp_path / "sub").mkdir(exist_ok=True)
        (tmp_path / "sub" / name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    [found] = hook.load_manifests(tmp_path)
    assert found["when"].startswith("2026-11-30")
