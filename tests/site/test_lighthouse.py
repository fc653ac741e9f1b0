"""Lighthouse (npm lighthouse@12, mobile preset) on the home page, a chapter and a notebook page."""

import json
import os
import shutil
import subprocess

import pytest

from tests.harness.site import needs_mkdocs
from tests.site.test_browser import CHROMIUM, FLAGS

MINIMUM = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
PAGES = ["", "threads/", "notebooks/threads/"]
pytestmark = [pytest.mark.browser, needs_mkdocs, pytest.mark.timeout(400)]


@pytest.fixture(scope="module")
def lighthouse() -> str:
    found = shutil.which("lighthouse")
    missing = None if found else "no lighthouse (npm install -g lighthouse@12)"
    if found and not os.path.exists(CHROMIUM):
        missing = f"no browser at {CHROMIUM}"
    if missing:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(missing)
        pytest.skip(missing)
    return found


def audit(lighthouse: str, url: str, report) -> dict:
    run = subprocess.run(
        [lighthouse, url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(MINIMUM)}", f"--chrome-flags={' '.join(FLAGS)}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
        encoding="utf-8", timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(report.read_text(encoding="utf-8"))


def passes(result: dict) -> bool:
    return all(result["categories"][name]["score"] >= MINIMUM[name] for name in MINIMUM)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path or "home")
def test_lighthouse_scores(lighthouse: str, site_url: str, path: str, tmp_path):
    # Performance varies from run to run with the machine's load: Lighthouse's own advice is to
    # take the median of several runs. This is the median of three, without the runs that cannot
    # change it: when the first two agree (both pass or both fail), the third cannot move the
    # median across the line.
    results = [audit(lighthouse, site_url + path, tmp_path / f"{n}.json") for n in range(2)]
    if passes(results[0]) != passes(results[1]):
        results.append(audit(lighthouse, site_url + path, tmp_path / "2.json"))
    results.sort(key=lambda result: result["categories"]["performance"]["score"])
    result = results[len(results) // 2] if len(results) == 3 else results[0]
    scores = {name: category["score"] for name, category in result["categories"].items()}
    failing = {  # what to fix, for the assertion message
        name: [ref["id"] for ref in result["categories"][name]["auditRefs"]
               if ref.get("weight") and (result["audits"][ref["id"]].get("score") or 0) < 1]
        for name in MINIMUM if scores[name] < MINIMUM[name]
    }
    assert passes(result), (scores, failing)
