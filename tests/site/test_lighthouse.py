"""Lighthouse (npm lighthouse@12, mobile preset) on the home page, a chapter and a notebook page.

Lighthouse's mobile preset slows the CPU down 4x, which its documentation calibrates for a
high-end desktop host (benchmark index 1500-2000): 4x turns that host into the mid-tier phone
the score is about. On a slower host the same 4x emulates a much slower phone, and the score
measures the host. Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown") asks for
the multiplier to be lowered there; this module does it by one rule: the multiplier that takes
the host's measured benchmark index to the same target device, 1750 / 4 (never below 1x).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.harness.site import needs_mkdocs
from tests.site.test_browser import CHROMIUM, FLAGS

MINIMUM = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
PAGES = ["", "threads/", "notebooks/threads/"]
# The longest chapter (2,800 elements, 8 tab sets) scores 0.86-0.97 on the 2-core machine .ci/run
# uses, calibrated: its performance is reported as a known failure there, not hidden (issue 18
# is open for it); its other three categories are held to the minimum like every page's.
PERFORMANCE_NOT_YET = {"threads/": "the Threads page: 0.86-0.97 on 2 cores (issue 18)"}
TARGET_BENCHMARK_INDEX = 1750 / 4  # the middle of the high-end desktop range, slowed down 4x
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


def audit(lighthouse: str, url: str, report: Path, *settings: str,
          categories: dict = MINIMUM) -> dict:
    run = subprocess.run(
        [lighthouse, url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(categories)}", f"--chrome-flags={' '.join(FLAGS)}",
         *settings],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
        encoding="utf-8", timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(report.read_text(encoding="utf-8"))


def calibrated_multiplier(benchmark_index: float) -> float:
    return round(max(1.0, benchmark_index / TARGET_BENCHMARK_INDEX), 2)


def test_the_multiplier_emulates_one_device_whatever_the_host():
    assert calibrated_multiplier(1750) == 4  # the host Lighthouse's default is made for
    assert calibrated_multiplier(1100) == 2.51  # a low-end desktop: the docs suggest 1-4x
    assert calibrated_multiplier(3500) == 8  # a faster host is slowed down more
    assert calibrated_multiplier(300) == 1  # never sped up


@pytest.fixture(scope="module")
def cpu_slowdown(lighthouse: str, site_url: str, tmp_path_factory) -> str:
    """The host's benchmark index, from one run on the smallest page, as a Lighthouse setting."""
    report = tmp_path_factory.mktemp("calibration") / "404.json"
    result = audit(lighthouse, site_url + "404.html", report, categories={"performance": 0})
    index = result["environment"]["benchmarkIndex"]
    return f"--throttling.cpuSlowdownMultiplier={calibrated_multiplier(index)}"


def passes(result: dict) -> bool:
    return all(result["categories"][name]["score"] >= MINIMUM[name] for name in MINIMUM)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path or "home")
def test_lighthouse_scores(lighthouse: str, site_url: str, cpu_slowdown: str, path: str,
                           tmp_path):
    # Performance still varies with the machine's load: Lighthouse's advice is the median of
    # several runs. This is the median of three, without the run that cannot change it: when
    # the first two agree (both pass or both fail), the third cannot move the median.
    results = [audit(lighthouse, site_url + path, tmp_path / f"{n}.json", cpu_slowdown)
               for n in range(2)]
    if passes(results[0]) != passes(results[1]):
        results.append(audit(lighthouse, site_url + path, tmp_path / "2.json", cpu_slowdown))
    results.sort(key=lambda result: result["categories"]["performance"]["score"])
    result = results[len(results) // 2] if len(results) == 3 else results[0]
    scores = {name: category["score"] for name, category in result["categories"].items()}
    failing = {  # what to fix, for the assertion message
        name: [ref["id"] for ref in result["categories"][name]["auditRefs"]
               if ref.get("weight") and (result["audits"][ref["id"]].get("score") or 0) < 1]
        for name in MINIMUM if scores[name] < MINIMUM[name]
    }
    if path in PERFORMANCE_NOT_YET and list(failing) == ["performance"]:
        pytest.xfail(f"{PERFORMANCE_NOT_YET[path]}: {scores['performance']}, {cpu_slowdown}")
    assert passes(result), (scores, failing, cpu_slowdown)
