"""Lighthouse (npm lighthouse@12, mobile preset) on a chapter, a notebook and the benchmarks page.

Lighthouse's mobile preset slows the CPU down 4x, which its documentation calibrates for a
high-end desktop host (benchmark index 1500-2000): 4x turns that host into the mid-tier phone
the score is about. On a slower host the same 4x emulates a much slower phone, and the score
measures the host. Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown") asks for
the multiplier to be lowered there; this module does it by one rule: the multiplier that takes
the host's measured benchmark index to the same target device, 1750 / 4 (never below 1x),
read in each run itself (see ``audit``).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.harness.site import needs_mkdocs
from tests.site.test_browser import CHROMIUM, FLAGS

MINIMUM = {"accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
PAGES = ["threads/", "notebooks/threads/", "benchmarks/"]
# Performance: the goal (issue 18) is 0.95 on the device the calibration emulates. On the 2-core
# VM .ci/run uses, calibrated runs of these pages score 0.83-0.97 from one run to the next, so
# the goal is reported, as a known failure where a page misses it, and what fails the test is a
# floor no noise has reached there: falling below it takes a real regression (a blocking script,
# a heavy asset), which the assertion's list of failing audits then names.
PERFORMANCE_GOAL = 0.95
PERFORMANCE_FLOOR = 0.75
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


def audit(lighthouse: str, url: str, folder: Path,
          categories: tuple[str, ...] = ("performance", *MINIMUM)) -> dict:
    """One Lighthouse run, calibrated on itself. Lighthouse's mobile preset throttles by
    simulation: it loads the page unthrottled, records the trace and the host's benchmark index,
    and models the slow device when it audits. So the run is split in its two halves: gather
    (``-G``) saves the trace and the index; the multiplier that index calls for is written into
    the saved settings (gathering and auditing must agree on them); audit (``-A``) models the
    device from the trace. A host slowed by other work in that very run gets a lower index and
    a smaller multiplier, instead of one calibration read minutes earlier."""
    artifacts = folder / "artifacts"
    common = [f"--only-categories={','.join(categories)}", "--quiet"]
    run = subprocess.run(
        [lighthouse, url, f"-G={artifacts}", *common, "--disable-full-page-screenshot",
         f"--chrome-flags={' '.join(FLAGS)}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
        encoding="utf-8", timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    saved_path = artifacts / "artifacts.json"
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    assert saved["settings"]["throttlingMethod"] == "simulate"  # what makes the split sound
    multiplier = calibrated_multiplier(saved["BenchmarkIndex"])
    saved["settings"]["throttling"]["cpuSlowdownMultiplier"] = multiplier
    saved_path.write_text(json.dumps(saved), encoding="utf-8")
    report = folder / "report.json"
    run = subprocess.run(
        [lighthouse, url, f"-A={artifacts}", *common, "--disable-full-page-screenshot",
         "--output=json", f"--output-path={report}",
         f"--throttling.cpuSlowdownMultiplier={multiplier}"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    result["multiplier"] = multiplier
    return result


def calibrated_multiplier(benchmark_index: float) -> float:
    return round(max(1.0, benchmark_index / TARGET_BENCHMARK_INDEX), 2)


def test_the_multiplier_emulates_one_device_whatever_the_host():
    assert calibrated_multiplier(1750) == 4  # the host Lighthouse's default is made for
    assert calibrated_multiplier(1100) == 2.51  # a low-end desktop: the docs suggest 1-4x
    assert calibrated_multiplier(3500) == 8  # a faster host is slowed down more
    assert calibrated_multiplier(300) == 1  # never sped up


def score(result: dict, category: str) -> float:
    return result["categories"][category]["score"]


def performance_band(result: dict) -> int:
    """0: below the floor (fails), 1: below the goal (a known failure), 2: the goal reached."""
    return sum(score(result, "performance") >= line
               for line in (PERFORMANCE_FLOOR, PERFORMANCE_GOAL))


def weak_audits(result: dict, category: str) -> list[str]:
    """The weighted audits of a category that did not score full marks: what to fix."""
    return [ref["id"] for ref in result["categories"][category]["auditRefs"]
            if ref.get("weight") and (result["audits"][ref["id"]].get("score") or 0) < 1]


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/"))
def test_lighthouse_scores(lighthouse: str, site_url: str, path: str, tmp_path: Path):
    # Accessibility, best practices and SEO read the page's DOM: one run decides them.
    first = audit(lighthouse, site_url + path, tmp_path / "0")
    failing = {name: weak_audits(first, name) for name in MINIMUM
               if score(first, name) < MINIMUM[name]}
    assert failing == {}, failing
    # Performance varies with the machine's load: Lighthouse's advice is the median of several
    # runs. This is the median of three, without the run that cannot change it: when the first
    # two fall in the same band (below the floor, below the goal, or at it), so does the median.
    runs = [first, audit(lighthouse, site_url + path, tmp_path / "1", ("performance",))]
    if performance_band(runs[0]) != performance_band(runs[1]):
        runs.append(audit(lighthouse, site_url + path, tmp_path / "2", ("performance",)))
    runs.sort(key=lambda result: score(result, "performance"))
    median = runs[1] if len(runs) == 3 else runs[0]
    speed = score(median, "performance")
    report = (speed, [run["multiplier"] for run in runs], weak_audits(median, "performance"))
    assert speed >= PERFORMANCE_FLOOR, report
    if speed < PERFORMANCE_GOAL:
        pytest.xfail(f"performance {speed} < {PERFORMANCE_GOAL} on this host (issue 18): "
                     f"CPU slowdown x{report[1]}, below full marks: {', '.join(report[2])}")
